// The banks of mentors and mentees on a real database: one bank per person, capacity against
// the current load, no removal while in an open pair, the методический актив order drafted
// from the bank, and forged ids of another school and another district.
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acknowledgements, auditLog, documents, menteeProfiles, mentorPairMentees, mentorPairs, mentorProfiles, type NewPerson, people, users } from '@/db/schema';
import { type MenteeFormInput, type MentorFormInput, menteeSchema, mentorListOrderSchema, mentorSchema } from '@/lib/domain/validations/banks';
import { createMentorListOrder } from '@/lib/server/banks/create-mentor-list-order';
import { listBanks } from '@/lib/server/banks/list-banks';
import { removeFromBank } from '@/lib/server/banks/remove-from-bank';
import { saveMentee } from '@/lib/server/banks/save-mentee';
import { saveMentor } from '@/lib/server/banks/save-mentor';
import { issueDocument } from '@/lib/server/documents/issue-document';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { docxText } from '../support/extract';
import { asUser, buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
let ids: Record<'mentor' | 'mentor2' | 'mentee' | 'curator' | 'other', string>;

async function person(organizationId: string, values: Partial<NewPerson> & { lastName: string; firstName: string }) {
  const [row] = await t.db
    .insert(people)
    .values({ organizationId, position: 'учитель', personalDataConsent: true, personalDataConsentDate: '2025-09-01', ...values })
    .returning({ id: people.id });
  return row!.id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  const s1a = tree.orgs.s1a.id;
  ids = {
    mentor: await person(s1a, { lastName: 'Кузнецов', firstName: 'Андрей', middleName: 'Николаевич', position: 'учитель физики', pedagogicalStart: '2007-09-01' }),
    mentor2: await person(s1a, { lastName: 'Орлова', firstName: 'Елена', middleName: 'Николаевна', position: 'учитель начальных классов' }),
    mentee: await person(s1a, { lastName: 'Белова', firstName: 'Дарья', middleName: 'Игоревна', pedagogicalStart: '2024-09-01' }),
    curator: await person(s1a, { lastName: 'Петрова', firstName: 'Анна', middleName: 'Сергеевна', position: 'заместитель директора по УВР' }),
    other: await person(s1a, { lastName: 'Смирнов', firstName: 'Олег', middleName: 'Петрович' }),
  };
  await t.db.update(users).set({ personId: ids.curator }).where(eq(users.id, tree.scopes.curator1a.userId));
});
afterAll(() => t.close());

const curator = () => tree.scopes.curator1a;
const mentee = (over: Partial<MenteeFormInput> = {}, scope = curator()) =>
  asUser(t.db, scope, (ctx) => saveMentee(ctx, menteeSchema.parse({ personId: ids.mentee, category: 'young_specialist', deficits: 'работа с родителями\nдисциплина на уроке', requests: 'помощь с КТП', ...over })));
const mentor = (over: Partial<MentorFormInput> = {}, scope = curator()) =>
  asUser(t.db, scope, (ctx) => saveMentor(ctx, mentorSchema.parse({ personId: ids.mentor, competences: 'лабораторный практикум; олимпиады', capacity: '2', training: 'completed', ...over })));
const remove = (personId: string, bank: 'mentor' | 'mentee', scope = curator()) => asUser(t.db, scope, (ctx) => removeFromBank(ctx, { personId, bank }));
const writes = async () => ({
  mentees: (await t.db.select({ n: count() }).from(menteeProfiles))[0]!.n,
  mentors: (await t.db.select({ n: count() }).from(mentorProfiles))[0]!.n,
  audit: (await t.db.select({ n: count() }).from(auditLog))[0]!.n,
});

describe('one bank per person', () => {
  it('adds a mentee with deficits as a list and updates the entry on a second save', async () => {
    await mentee();
    await mentee({ category: 'deficits' });
    const [row] = await t.db.select().from(menteeProfiles).where(eq(menteeProfiles.personId, ids.mentee));
    expect(row).toMatchObject({ organizationId: tree.orgs.s1a.id, category: 'deficits', deficits: ['работа с родителями', 'дисциплина на уроке'], requests: 'помощь с КТП' });
  });

  it('refuses to make a mentee a mentor (and the reverse) without writing', async () => {
    const before = await writes();
    await expect(mentor({ personId: ids.mentee })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('в банке наставляемых') });
    await mentor();
    await expect(mentee({ personId: ids.mentor })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('в банке наставников') });
    expect((await writes()).mentees).toBe(before.mentees);
  });

  it('bounds the capacity to 1–15 with Russian messages', () => {
    expect(mentorSchema.safeParse({ personId: ids.mentor, competences: '', capacity: '16', training: 'none' }).error?.issues[0]?.message).toBe('Не больше 15 наставляемых.');
    expect(mentorSchema.safeParse({ personId: ids.mentor, competences: '', capacity: '', training: 'none' }).error?.issues[0]?.message).toBe('Наставник ведёт хотя бы одного наставляемого.');
  });
});

describe('open pairs', () => {
  let pairId: string;

  it('keeps a mentee in an active pair in the bank, with a Russian message', async () => {
    const [pair] = await t.db
      .insert(mentorPairs)
      .values({ organizationId: tree.orgs.s1a.id, mentorId: ids.mentor, form: 'педагог – педагог', kind: 'индивидуальное', startDate: '2025-10-01', endDate: '2026-05-31', status: 'active' })
      .returning();
    pairId = pair!.id;
    await t.db.insert(mentorPairMentees).values({ pairId, personId: ids.mentee });
    await expect(remove(ids.mentee, 'mentee')).rejects.toMatchObject({ code: 'CONFLICT', message: 'Белова Д.И. — наставляемый в действующей или формируемой паре (группе). Сначала завершите или прекратите её.' });
    await expect(remove(ids.mentor, 'mentor')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await t.db.select().from(menteeProfiles).where(eq(menteeProfiles.personId, ids.mentee))).length).toBe(1);
  });

  it('shows the load and refuses a capacity below it', async () => {
    const banks = await listBanks(t.db, curator());
    expect(banks.mentors.find((m) => m.person.id === ids.mentor)).toMatchObject({ load: 1, limit: 2 });
    expect(banks.mentees.find((m) => m.person.id === ids.mentee)?.paired).toBe(true);
    expect(banks.candidates.map((c) => c.id)).not.toContain(ids.mentee);
    await expect(mentor({ capacity: '1' })).resolves.toEqual({ personId: ids.mentor });
    await t.db.insert(mentorPairMentees).values({ pairId, personId: ids.other });
    await expect(mentor({ capacity: '1' })).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { capacity: ['У наставника уже 2 наставляемых в парах: укажите не меньше.'] } });
    await t.db.delete(mentorPairMentees).where(eq(mentorPairMentees.personId, ids.other));
  });

  it('lets a mentee go once the pair is completed', async () => {
    await t.db.update(mentorPairs).set({ status: 'completed' }).where(eq(mentorPairs.id, pairId));
    await remove(ids.mentee, 'mentee');
    expect((await t.db.select().from(menteeProfiles).where(eq(menteeProfiles.personId, ids.mentee))).length).toBe(0);
    await expect(remove(ids.mentee, 'mentee')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('forged ids', () => {
  it('another school’s or district’s person, or garbage, is not found in every bank form and nothing is written', async () => {
    const before = await writes();
    for (const personId of [tree.people.s1b[0]!, tree.people.s2[0]!, 'abc', '00000000-0000-0000-0000-000000000000']) {
      await expect(asUser(t.db, curator(), (ctx) => saveMentee(ctx, { ...menteeSchema.parse({ personId: ids.other, category: 'contest' }), personId }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(asUser(t.db, curator(), (ctx) => saveMentor(ctx, { ...mentorSchema.parse({ personId: ids.other, capacity: 1, training: 'none' }), personId }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(remove(personId, 'mentor')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await writes()).toEqual(before);
  });

  it('a head of another school cannot touch this school’s banks', async () => {
    await expect(mentee({ personId: ids.other }, tree.scopes.head1b)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(remove(ids.mentor, 'mentor', tree.scopes.head2)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the методический актив order', () => {
  const order = (categories: { personId: string; category: string }[] = [], scope = curator()) =>
    asUser(t.db, scope, (ctx) => createMentorListOrder(ctx, mentorListOrderSchema.parse({ period: 'на 2025/2026 учебный год', categories })));

  it('needs every mentor’s pedagogical start and competences, and names who lacks them', async () => {
    await mentor({ personId: ids.mentor2, competences: '' });
    await expect(order()).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('начала педагогической деятельности (её хранят при согласии на обработку персональных данных): Орлова Е.Н.') });
    await t.db.update(people).set({ pedagogicalStart: '1995-09-01' }).where(eq(people.id, ids.mentor2));
    await expect(order()).rejects.toMatchObject({ code: 'VALIDATION', message: 'Укажите компетенции наставников: Орлова Е.Н.' });
    await mentor({ personId: ids.mentor2, competences: 'адаптация молодого педагога' });
  });

  it('refuses a category for someone who is not in the bank', async () => {
    await expect(order([{ personId: tree.people.s1b[0]!, category: 'высшая' }])).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await t.db.select().from(documents)).length).toBe(0);
  });

  it('drafts the order from the bank with an acknowledgement row per mentor; a second submit refreshes the same draft', async () => {
    const { id } = await order([{ personId: ids.mentor, category: 'высшая' }]);
    const again = await order([{ personId: ids.mentor, category: 'высшая' }]);
    expect(again.id).toBe(id);
    const docs = await t.db.select().from(documents);
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ template: 'mentor-list-order', status: 'draft', title: 'Об утверждении методического актива (списка наставников) на 2025/2026 учебный год' });
    const data = docs[0]!.data as { mentors: { person: { lastName: string }; category: string | null; competences: string }[]; curator: unknown };
    expect(data.mentors.map((m) => [m.person.lastName, m.category, m.competences])).toEqual([
      ['Кузнецов', 'высшая', 'лабораторный практикум; олимпиады'],
      ['Орлова', null, 'адаптация молодого педагога'],
    ]);
    const rows = await t.db.select().from(acknowledgements).where(eq(acknowledgements.documentId, id));
    expect(rows.map((r) => [r.personId, r.lastName, r.unit])).toEqual([
      [ids.curator, 'Петрова', 'заместитель директора по УВР'],
      [ids.mentor, 'Кузнецов', 'учитель физики'],
      [ids.mentor2, 'Орлова', 'учитель начальных классов'],
    ]);

    const issued = await asUser(t.db, curator(), (ctx) => issueDocument(ctx, { documentId: id, issueDate: '2025-09-22' }));
    const [doc] = await t.db.select().from(documents).where(eq(documents.id, id));
    const text = await docxText(doc!.docx!);
    expect(issued.number).toBe('1');
    expect(text).toContain('Утвердить методический актив (список наставников) Школа 1А на 2025/2026 учебный год (приложение).');
    expect(text).toContain('Куратору реализации программ наставничества А.С. Петровой');
    expect(text).toMatch(/Кузнецов Андрей Николаевич \| учитель физики \| \d+ (год|года|лет) \/ высшая квалификационная категория \| лабораторный практикум; олимпиады/);
    expect(text).toMatch(/Орлова Елена Николаевна \| учитель начальных классов \| \d+ (год|года|лет) \/ без категории/);
  });

  it('a district account or another school has no bank to draft from', async () => {
    await expect(order([], tree.scopes.district1)).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(order([], tree.scopes.head1b)).rejects.toMatchObject({ code: 'VALIDATION', message: 'В банке наставников никого нет: сначала добавьте наставников.' });
  });
});
