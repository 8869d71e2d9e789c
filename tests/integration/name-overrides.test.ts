// A name the library declines wrongly is corrected on the staff record and the next document
// uses the correction: a hand-typed case form, and a Turkic patronymic whose father's name
// the person's documents keep undeclined.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '@/db/schema';
import { type PersonFormInput, updatePersonSchema } from '@/lib/domain/validations/person';
import { documentFile } from '@/lib/server/documents/document-file';
import { preparePairOrder } from '@/lib/server/pairs/prepare-pair-order';
import { updatePerson } from '@/lib/server/people/update-person';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { docxText, pdfText } from '../support/extract';
import { asUser, buildTree, type Tree } from '../support/tree';
import { completeOrgs, formPair, issueIntroOrder, mentee, mentor, receiveAll } from './pairs-fixtures';

let t: TestDatabase;
let tree: Tree;
let mamedov: string;
let petrov: string;
let pair: string;

const curator = () => tree.scopes.curator1a;
const prepare = () => asUser(t.db, curator(), (ctx) => preparePairOrder(ctx));
const texts = async (id: string) => ({
  docx: (await docxText((await documentFile(t.db, curator(), id, 'document', 'docx')).bytes)).replace(/\u00A0/g, ' '),
  pdf: (await pdfText((await documentFile(t.db, curator(), id, 'document', 'pdf')).bytes)).replace(/\s+/g, ' '),
});

async function edit(personId: string, over: Partial<PersonFormInput>) {
  const [p] = await t.db.select().from(people).where(eq(people.id, personId));
  const input: PersonFormInput = {
    lastName: p!.lastName,
    firstName: p!.firstName,
    middleName: p!.middleName ?? '',
    gender: 'auto',
    position: p!.position,
    subjects: '',
    email: '',
    // As the form sends it: the consent stays as recorded (an unticked box would withdraw it).
    personalDataConsent: p!.personalDataConsent,
    personalDataConsentDate: p!.personalDataConsentDate ?? '',
    ...over,
  };
  return asUser(t.db, curator(), (ctx) => updatePerson(ctx, updatePersonSchema.parse({ personId, ...input })));
}

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  await completeOrgs(t.db, tree);
  const s = tree.orgs.s1a.id;
  mamedov = await mentor(t.db, s, { lastName: 'Мамедов', firstName: 'Тимур', middleName: 'Рашид оглы', position: 'учитель истории' });
  petrov = await mentee(t.db, s, { lastName: 'Петров', firstName: 'Иван', middleName: 'Сергеевич', position: 'учитель истории' });
  pair = (await formPair(t.db, curator(), mamedov, [petrov])).id;
  await issueIntroOrder(t.db, curator());
  await receiveAll(t.db, curator(), pair);
});
afterAll(() => t.close());

describe('name overrides', () => {
  it('declines automatically until corrected', async () => {
    const { docx } = await texts((await prepare()).id);
    expect(docx).toContain('Закрепить Петрова Ивана Сергеевича за Мамедовым Тимуром Рашидом оглы');
  });

  it('refuses a corrected form that is not the whole name', async () => {
    expect(() => updatePersonSchema.parse({ personId: petrov, lastName: 'Петров', firstName: 'Иван', middleName: 'Сергеевич', name_accusative: 'Петрова' })).toThrow(
      'Винительный падеж (кого?): впишите Ф.И.О. полностью — столько же слов, сколько в имени (3).',
    );
  });

  it('an override changes the form in the next document, DOCX and PDF alike', async () => {
    await edit(mamedov, { keepFatherName: true });
    await edit(petrov, { name_accusative: 'Петрова Иоанна Сергеевича' });
    const [row] = await t.db.select().from(people).where(eq(people.id, petrov));
    expect(row).toMatchObject({ nameForms: { accusative: 'Петрова Иоанна Сергеевича' }, keepFatherName: false });
    const { docx, pdf } = await texts((await prepare()).id);
    expect(docx).toContain('Закрепить Петрова Иоанна Сергеевича за Мамедовым Тимуром Рашид оглы');
    expect(pdf).toContain('Закрепить Петрова Иоанна Сергеевича за Мамедовым Тимуром Рашид оглы');
    // Other cases stay automatic: the annex names people in the nominative.
    expect(docx).toContain('Мамедов Тимур Рашид оглы');
  });

  it('clearing the correction brings the automatic forms back', async () => {
    await edit(mamedov, { keepFatherName: false });
    await edit(petrov, { name_accusative: '' });
    const [row] = await t.db.select().from(people).where(eq(people.id, petrov));
    expect(row!.nameForms).toBeNull();
    const { docx } = await texts((await prepare()).id);
    expect(docx).toContain('Закрепить Петрова Ивана Сергеевича за Мамедовым Тимуром Рашидом оглы');
  });
});
