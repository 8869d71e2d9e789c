// Forming pairs and groups on a real database: consents requested, term limits, group size,
// the mentor's load limit under concurrent submissions, double submits and forged ids.
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, consents, mentorPairMentees, mentorPairs, mentorProfiles, organizations } from '@/db/schema';
import { createPairSchema, pairKindSchema } from '@/lib/domain/validations/pairs';
import { addMentee } from '@/lib/server/pairs/add-mentee';
import { createPair } from '@/lib/server/pairs/create-pair';
import { deletePair } from '@/lib/server/pairs/delete-pair';
import { setPairKind } from '@/lib/server/pairs/set-pair-kind';
import { matchingBoard } from '@/lib/server/pairs/suggestions';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { asUser, buildTree, type Tree } from '../support/tree';
import { completeOrgs, formPair, mentee, mentor, pairInput } from './pairs-fixtures';

let t: TestDatabase;
let tree: Tree;
let ivanova: string;
let kuznetsov: string;
let mentees1a: string[];
let foreign: { mentorS1b: string; menteeS1b: string; mentorS2: string; menteeS2: string };

const teacher = (lastName: string, firstName: string, middleName: string, subjects: string[] = []) => ({
  lastName,
  firstName,
  middleName,
  position: 'учитель',
  subjects,
});

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  await completeOrgs(t.db, tree);
  const s1a = tree.orgs.s1a.id;
  ivanova = await mentor(t.db, s1a, teacher('Иванова', 'Мария', 'Петровна', ['Математика']), { capacity: 2, competences: ['формирующее оценивание'] });
  kuznetsov = await mentor(t.db, s1a, teacher('Кузнецов', 'Андрей', 'Николаевич', ['Физика']), { capacity: 15 });
  mentees1a = [];
  for (const [i, name] of [
    'Петров',
    'Лебедев',
    'Соколов',
    'Орлов',
    'Волков',
    'Зайцев',
    'Морозов',
    'Новиков',
    'Фёдоров',
    'Козлов',
    'Павлов',
    'Семёнов',
    'Голубев',
    'Виноградов',
    'Богданов',
    'Воробьёв',
    'Смирнов',
    'Попов',
  ].entries()) {
    mentees1a.push(await mentee(t.db, s1a, teacher(name, 'Иван', 'Сергеевич', i === 0 ? ['Математика'] : []), i === 0 ? ['Формирующее оценивание'] : []));
  }
  foreign = {
    mentorS1b: await mentor(t.db, tree.orgs.s1b.id, teacher('Белова', 'Ольга', 'Ивановна')),
    menteeS1b: await mentee(t.db, tree.orgs.s1b.id, teacher('Белов', 'Олег', 'Иванович')),
    mentorS2: await mentor(t.db, tree.orgs.s2.id, teacher('Чернова', 'Вера', 'Петровна')),
    menteeS2: await mentee(t.db, tree.orgs.s2.id, teacher('Чернов', 'Пётр', 'Ильич')),
  };
});
afterAll(() => t.close());

const curator = () => tree.scopes.curator1a;
const audits = async () => (await t.db.select({ n: count() }).from(auditLog))[0]!.n;
const pairsCount = async () => (await t.db.select({ n: count() }).from(mentorPairs))[0]!.n;

describe('term of a pair', () => {
  it('accepts 3 to 12 months and refuses anything else in Russian, next to the end date', () => {
    const base = { mentorId: ivanova, menteeIds: [mentees1a[0]], form: 'педагог – педагог', kind: 'индивидуальное', paymentSize: '3000 рублей в месяц' };
    expect(createPairSchema.safeParse({ ...base, start: '2026-10-01', end: '2026-12-31' }).success).toBe(true);
    expect(createPairSchema.safeParse({ ...base, start: '2026-09-01', end: '2027-08-31' }).success).toBe(true);
    for (const end of ['2026-12-30', '2027-10-01']) {
      const r = createPairSchema.safeParse({ ...base, start: '2026-10-01', end });
      expect(r.success).toBe(false);
      expect(r.error?.issues).toEqual([expect.objectContaining({ path: ['end'], message: 'Срок наставничества (ППН) — от 3 месяцев до 1 года.' })]);
    }
    const backwards = createPairSchema.safeParse({ ...base, start: '2026-10-01', end: '2026-09-01' });
    expect(backwards.error?.issues[0]?.message).toBe('Дата окончания должна быть позже даты начала.');
    const unknownForm = createPairSchema.safeParse({ ...base, form: 'ученик – ученик', start: '2026-10-01', end: '2026-12-31' });
    expect(unknownForm.error?.issues[0]?.message).toBe('Выберите форму наставничества из списка.');
  });
});

describe('payment of the mentor', () => {
  it('refuses a pair without the payment its additional agreement states (ст. 351.8 ТК РФ)', () => {
    const base = { mentorId: ivanova, menteeIds: [mentees1a[0]], form: 'педагог – педагог', kind: 'индивидуальное', start: '2026-10-01', end: '2026-12-31' };
    for (const paymentSize of [undefined, '', '   ']) {
      const r = createPairSchema.safeParse({ ...base, paymentSize });
      expect(r.error?.issues, String(paymentSize)).toEqual([expect.objectContaining({ path: ['paymentSize'], message: expect.stringContaining('выплаты за наставничество') })]);
    }
    expect(createPairSchema.parse({ ...base, paymentSize: ' 3000 рублей в месяц ' }).paymentSize).toBe('3000 рублей в месяц');
  });
});

describe('forming a pair', () => {
  it('creates the pair in forming status with every required consent requested', async () => {
    const { id } = await formPair(t.db, curator(), ivanova, [mentees1a[0]!]);
    const [pair] = await t.db.select().from(mentorPairs).where(eq(mentorPairs.id, id));
    expect(pair).toMatchObject({ status: 'forming', mentorId: ivanova, organizationId: tree.orgs.s1a.id, orderId: null });
    const rows = await t.db.select().from(consents);
    expect(rows.map((r) => `${r.personId === ivanova ? 'mentor' : 'mentee'}:${r.kind}:${r.pairId ? 'pair' : 'person'}:${r.status}`).sort()).toEqual([
      'mentee:mentee_participation:pair:requested',
      'mentee:personal_data:person:requested',
      'mentor:additional_agreement:pair:requested',
      'mentor:mentor_duties:pair:requested',
      'mentor:personal_data:person:requested',
    ]);
  });

  it('refuses the same mentee twice, however it is submitted', async () => {
    const before = await pairsCount();
    await expect(formPair(t.db, curator(), kuznetsov, [mentees1a[0]!])).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Уже в наставнической паре (группе): Петров И.С..',
    });
    // A double submit: both requests for one new pair at once; one wins.
    const results = await Promise.allSettled([formPair(t.db, curator(), kuznetsov, [mentees1a[1]!]), formPair(t.db, curator(), kuznetsov, [mentees1a[1]!])]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
    expect(await pairsCount()).toBe(before + 1);
  });

  it('refuses a mentor as their own mentee', async () => {
    const both = await mentee(t.db, tree.orgs.s1a.id, teacher('Двойнова', 'Анна', 'Ивановна'));
    await t.db.insert(mentorProfiles).values({ personId: both, organizationId: tree.orgs.s1a.id });
    await expect(formPair(t.db, curator(), both, [both])).rejects.toMatchObject({ code: 'VALIDATION', message: 'Наставник не может быть своим наставляемым.' });
  });

  it('ranks mentors for the unpaired mentees and shows the load', async () => {
    const board = await matchingBoard(t.db, curator());
    expect(board.mentors.find((m) => m.personId === ivanova)).toMatchObject({ load: 1, limit: 2 });
    expect(board.unpaired.map((m) => m.person.id)).not.toContain(mentees1a[0]);
    expect(board.unpaired.map((m) => m.person.id)).toContain(mentees1a[2]);
  });
});

describe("the mentor's load limit", () => {
  it('takes the lower of the mentor capacity and the organization maximum', async () => {
    // Иванова: capacity 2, organization maximum 3 → 2; she has one mentee already.
    await formPair(t.db, curator(), ivanova, [mentees1a[2]!]);
    await expect(formPair(t.db, curator(), ivanova, [mentees1a[3]!])).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'У наставника Ивановой М.П. нет свободных мест: 2 из 2 наставляемых.',
    });
    await t.db.update(organizations).set({ maxMenteesPerMentor: 1 }).where(eq(organizations.id, tree.orgs.s1a.id));
    const board = await matchingBoard(t.db, curator());
    expect(board.mentors.find((m) => m.personId === kuznetsov)?.limit).toBe(1);
    await t.db.update(organizations).set({ maxMenteesPerMentor: 20 }).where(eq(organizations.id, tree.orgs.s1a.id));
  });

  it('never overfills a mentor under concurrent submissions', async () => {
    const solo = await mentor(t.db, tree.orgs.s1a.id, teacher('Одинокова', 'Нина', 'Петровна'), { capacity: 1 });
    const results = await Promise.allSettled([mentees1a[4], mentees1a[5], mentees1a[6]].map((id) => formPair(t.db, curator(), solo, [id!])));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [load] = await t.db
      .select({ n: count() })
      .from(mentorPairMentees)
      .innerJoin(mentorPairs, eq(mentorPairs.id, mentorPairMentees.pairId))
      .where(eq(mentorPairs.mentorId, solo));
    expect(load!.n).toBe(1);
  });
});

describe('groups', () => {
  let groupId: string;

  it('a forming pair becomes a group when a mentee is added, and the mentor papers are asked again', async () => {
    groupId = (await formPair(t.db, curator(), kuznetsov, [mentees1a[7]!])).id;
    await t.db.update(consents).set({ status: 'received', receivedOn: '2026-09-20' }).where(eq(consents.pairId, groupId));
    const { renewed } = await asUser(t.db, curator(), (ctx) => addMentee(ctx, { pairId: groupId, menteeId: mentees1a[8]! }));
    expect(renewed).toBe(2);
    const rows = await t.db.select().from(consents).where(eq(consents.pairId, groupId));
    expect(rows.filter((r) => r.personId === kuznetsov).map((r) => r.status)).toEqual(['requested', 'requested']);
    expect(rows.filter((r) => r.personId === mentees1a[7]).map((r) => r.status)).toEqual(['received']);
    expect(rows.filter((r) => r.personId === mentees1a[8]).map((r) => r.status)).toEqual(['requested']);
  });

  it('a pair that becomes a group is no longer «индивидуальное»; its kind can be edited until the order, fitting its size', async () => {
    const kindOf = async () => (await t.db.select({ kind: mentorPairs.kind }).from(mentorPairs).where(eq(mentorPairs.id, groupId)))[0]!.kind;
    expect(await kindOf()).toBe('групповое');
    const setKind = (kind: string, pairId = groupId, scope = curator()) =>
      asUser(t.db, scope, (ctx) => setPairKind(ctx, pairKindSchema.parse({ pairId, kind })));
    await setKind('коллективно-индивидуальное');
    expect(await kindOf()).toBe('коллективно-индивидуальное');
    await expect(setKind('индивидуальное')).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { kind: [expect.stringContaining('группы')] } });
    await expect(setKind('групповое', groupId, tree.scopes.head1b)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await kindOf()).toBe('коллективно-индивидуальное');
    expect(pairKindSchema.safeParse({ pairId: groupId, kind: 'любое' }).success).toBe(false);
    await t.db.update(mentorPairs).set({ status: 'active' }).where(eq(mentorPairs.id, groupId));
    await expect(setKind('групповое')).rejects.toMatchObject({ code: 'CONFLICT' });
    await t.db.update(mentorPairs).set({ status: 'forming' }).where(eq(mentorPairs.id, groupId));
  });

  it('holds at most 15 mentees', async () => {
    const big = await mentor(t.db, tree.orgs.s1a.id, teacher('Большова', 'Вера', 'Ивановна'), { capacity: 15 });
    const pool = await Promise.all(
      Array.from({ length: 16 }, (_, i) => mentee(t.db, tree.orgs.s1a.id, teacher('Группов', 'Иван', `${['Ивано', 'Петро', 'Сидоро', 'Кузьми'][i % 4]}вич`))),
    );
    await expect(asUser(t.db, curator(), (ctx) => createPair(ctx, { ...pairInput(big, pool.slice(0, 15)), menteeIds: pool }))).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'В наставнической группе не больше 15 наставляемых.',
    });
    expect(createPairSchema.safeParse({ ...pairInput(big, pool.slice(0, 15)), menteeIds: pool }).error?.issues[0]?.message).toBe(
      'В группе не больше 15 наставляемых.',
    );
    const { id } = await formPair(t.db, curator(), big, pool.slice(0, 15));
    await expect(asUser(t.db, curator(), (ctx) => addMentee(ctx, { pairId: id, menteeId: pool[15]! }))).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('a forming pair can be dissolved; the personal-data consents stay', async () => {
    const { id } = await formPair(t.db, curator(), kuznetsov, [mentees1a[9]!]);
    await asUser(t.db, curator(), (ctx) => deletePair(ctx, { pairId: id }));
    expect(await t.db.select().from(mentorPairs).where(eq(mentorPairs.id, id))).toEqual([]);
    expect((await t.db.select().from(consents).where(eq(consents.personId, mentees1a[9]!))).map((r) => r.kind)).toEqual(['personal_data']);
    await expect(asUser(t.db, curator(), (ctx) => deletePair(ctx, { pairId: id }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('forged ids', () => {
  it('another school or district: not found, and nothing written', async () => {
    const [own] = await t.db.select({ id: mentorPairs.id }).from(mentorPairs).where(eq(mentorPairs.organizationId, tree.orgs.s1a.id)).limit(1);
    const before = { audits: await audits(), pairs: await pairsCount() };
    const tries = [
      () => formPair(t.db, curator(), foreign.mentorS1b, [mentees1a[10]!]),
      () => formPair(t.db, curator(), foreign.mentorS2, [mentees1a[10]!]),
      () => formPair(t.db, curator(), kuznetsov, [foreign.menteeS1b]),
      () => formPair(t.db, curator(), kuznetsov, [foreign.menteeS2]),
      () => formPair(t.db, curator(), kuznetsov, [mentees1a[10]!, foreign.menteeS2]),
      () => formPair(t.db, tree.scopes.head1b, kuznetsov, [foreign.menteeS1b]),
      () => formPair(t.db, tree.scopes.head2, ivanova, [foreign.menteeS2]),
      () => asUser(t.db, tree.scopes.head1b, (ctx) => addMentee(ctx, { pairId: own!.id, menteeId: foreign.menteeS1b })),
      () => asUser(t.db, tree.scopes.head2, (ctx) => deletePair(ctx, { pairId: own!.id })),
      () => asUser(t.db, curator(), (ctx) => deletePair(ctx, { pairId: 'not-a-uuid' })),
    ];
    for (const attempt of tries) await expect(attempt()).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect({ audits: await audits(), pairs: await pairsCount() }).toEqual(before);
    await expect(matchingBoard(t.db, tree.scopes.head2)).resolves.toMatchObject({
      unpaired: [expect.objectContaining({ person: expect.objectContaining({ id: foreign.menteeS2 }) })],
    });
  });
});
