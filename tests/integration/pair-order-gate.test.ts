// The consent rule where the pair order applies it: which pairs the draft lists, and the gate
// at issue time — each required consent missing in turn, of a mentor and of a mentee, so a
// gate or a draft that forgets one kind is caught whichever kind it is.
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consents, documents, mentorPairs } from '@/db/schema';
import { recordConsent } from '@/lib/server/consents/record-consent';
import { createPair } from '@/lib/server/pairs/create-pair';
import { issuePairOrder } from '@/lib/server/pairs/issue-pair-order';
import { currentPairOrderDraft } from '@/lib/server/pairs/pair-order-draft';
import { preparePairOrder } from '@/lib/server/pairs/prepare-pair-order';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { docxText } from '../support/extract';
import { asUser, buildTree, type Tree } from '../support/tree';
import { completeOrgs, formPair, issueIntroOrder, mentee, mentor, pairInput, receiveAll, TODAY } from './pairs-fixtures';

type Kind = (typeof consents.$inferSelect)['kind'];

let t: TestDatabase;
let tree: Tree;
let p: Record<'ivanova' | 'petrov' | 'kuznetsov' | 'lebedev' | 'sokolova', string>;
let unpaidPair: string;
let group: string;

const teacher = (lastName: string, firstName: string, middleName: string, position = 'учитель математики') => ({ lastName, firstName, middleName, position });
const curator = () => tree.scopes.curator1a;
const prepare = () => asUser(t.db, curator(), (ctx) => preparePairOrder(ctx));
const issueOrder = (documentId: string) => asUser(t.db, curator(), (ctx) => issuePairOrder(ctx, { documentId, issueDate: TODAY }));

/** The group's consents, each with the message the gate gives while it is missing. */
const cases = (): [person: string, kind: Kind, message: string][] => [
  [p.kuznetsov, 'mentor_duties', 'Нет согласия: Кузнецов А.Н. — согласие на выполнение работы по наставничеству.'],
  [p.kuznetsov, 'additional_agreement', 'Нет согласия: Кузнецов А.Н. — дополнительное соглашение к трудовому договору.'],
  [p.kuznetsov, 'personal_data', 'Нет согласия: Кузнецов А.Н. — согласие на обработку персональных данных.'],
  [p.lebedev, 'mentee_participation', 'Нет согласия: Лебедев Н.О. — согласие на участие в программе наставничества.'],
  [p.lebedev, 'personal_data', 'Нет согласия: Лебедев Н.О. — согласие на обработку персональных данных.'],
  [p.sokolova, 'mentee_participation', 'Нет согласия: Соколова Д.И. — согласие на участие в программе наставничества.'],
  [p.sokolova, 'personal_data', 'Нет согласия: Соколова Д.И. — согласие на обработку персональных данных.'],
];

async function consentOf(personId: string, kind: Kind) {
  const forPair = kind === 'personal_data' ? isNull(consents.pairId) : eq(consents.pairId, group);
  return (await t.db.select().from(consents).where(and(eq(consents.personId, personId), eq(consents.kind, kind), forPair)))[0]!;
}

/** Withdraws one consent of the group for the body, then receives it again. */
async function without<T>(personId: string, kind: Kind, body: () => Promise<T>): Promise<T> {
  const { id } = await consentOf(personId, kind);
  await asUser(t.db, curator(), (ctx) => recordConsent(ctx, { status: 'withdrawn', consentId: id, date: TODAY, confirmErasure: true }));
  try {
    return await body();
  } finally {
    await asUser(t.db, curator(), (ctx) =>
      recordConsent(ctx, { status: 'received', consentId: id, date: TODAY, number: kind === 'additional_agreement' ? '13' : null, scan: null }),
    );
  }
}

const draftMentors = async (id: string) => {
  const [doc] = await t.db.select({ data: documents.data }).from(documents).where(eq(documents.id, id));
  return (doc!.data as { pairs: { mentor: { person: { lastName: string } } }[] }).pairs.map((x) => x.mentor.person.lastName).sort();
};

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  await completeOrgs(t.db, tree);
  const s = tree.orgs.s1a.id;
  p = {
    ivanova: await mentor(t.db, s, teacher('Иванова', 'Мария', 'Петровна')),
    petrov: await mentee(t.db, s, teacher('Петров', 'Иван', 'Сергеевич')),
    kuznetsov: await mentor(t.db, s, teacher('Кузнецов', 'Андрей', 'Николаевич', 'учитель физики')),
    lebedev: await mentee(t.db, s, teacher('Лебедев', 'Никита', 'Олегович', 'учитель физики')),
    sokolova: await mentee(t.db, s, teacher('Соколова', 'Дарья', 'Игоревна', 'учитель химии')),
  };
  await issueIntroOrder(t.db, curator());
  // A pair formed before the payment was required (none stored): the order sets no payment for it but still lists it in the annex.
  unpaidPair = (await asUser(t.db, curator(), (ctx) => createPair(ctx, pairInput(p.ivanova, [p.petrov])))).id;
  await t.db.update(mentorPairs).set({ paymentSize: null }).where(eq(mentorPairs.id, unpaidPair));
  group = (await formPair(t.db, curator(), p.kuznetsov, [p.lebedev, p.sokolova])).id;
  await receiveAll(t.db, curator(), unpaidPair);
  await receiveAll(t.db, curator(), group);
});
afterAll(() => t.close());

describe('the draft of the pair order', () => {
  it('lists a pair only while every consent it needs is received, whichever kind is missing', async () => {
    for (const [person, kind] of cases()) {
      const prepared = await without(person, kind, prepare);
      expect(prepared, `${kind} of ${person}`).toMatchObject({ pairs: 1, waiting: 1 });
      expect(await draftMentors(prepared.id), `${kind} of ${person}`).toEqual(['Иванова']);
    }
    const prepared = await prepare();
    expect(prepared).toMatchObject({ pairs: 2, waiting: 0 });
    expect(await draftMentors(prepared.id)).toEqual(['Иванова', 'Кузнецов']);
  });
});

describe('the consent gate at issue time', () => {
  it('refuses the issue while any one consent is missing, of any kind, and names it', async () => {
    const { id } = await prepare();
    for (const [person, kind, message] of cases()) {
      await without(person, kind, async () => {
        expect((await currentPairOrderDraft(t.db, curator()))?.problem, `${kind} of ${person}`).toBe(message);
        await expect(issueOrder(id), `${kind} of ${person}`).rejects.toMatchObject({ code: 'CONFLICT', message });
      });
      const [doc] = await t.db.select({ status: documents.status, number: documents.number }).from(documents).where(eq(documents.id, id));
      expect(doc).toEqual({ status: 'draft', number: null });
    }
    expect((await t.db.select().from(mentorPairs).where(eq(mentorPairs.status, 'active'))).length).toBe(0);
  });

  it('issues once everything is received, every pair in the annex whether paid or not', async () => {
    const { id } = await prepare();
    expect((await currentPairOrderDraft(t.db, curator()))?.problem).toBeNull();
    await issueOrder(id);
    const [doc] = await t.db.select().from(documents).where(eq(documents.id, id));
    const text = await docxText(doc!.docx!);
    expect(text).toContain('1. | Иванова Мария Петровна | учитель математики | Петров Иван Сергеевич | учитель математики | педагог – педагог');
    expect(text).toContain('2. | Кузнецов Андрей Николаевич | учитель физики | Лебедев Никита Олегович | учитель физики | педагог – педагог');
    expect(text).toContain(' | Кузнецов Андрей Николаевич | учитель физики | Соколова Дарья Игоревна | учитель химии | педагог – педагог');
    // The payment is the personnel order's: the pair order only refers to it.
    expect(text).toContain('оформить приказом по личному составу.');
    expect(text).not.toMatch(/доплат|Установить/);
  });
});
