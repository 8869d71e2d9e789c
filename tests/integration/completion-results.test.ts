// Completion: results and feedback per pair, the pair moving to completed exactly once, the
// order on results issued from the register, and the encouragement of the best mentors in a
// personnel order of its own («-лс», ст. 191 ТК РФ).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acknowledgements, documents, mentorPairMentees, mentorPairs, organizations, people, programs, users } from '@/db/schema';
import { type CompletePairInput, completePairSchema, type ResultsOrderInput, resultsOrderSchema } from '@/lib/domain/validations/completion';
import { completePair } from '@/lib/server/completion/complete-pair';
import { prepareResultsOrder } from '@/lib/server/completion/prepare-results-order';
import { issueDocument } from '@/lib/server/documents/issue-document';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { docxText, pdfText } from '../support/extract';
import { asUser, buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
const ids: Record<string, string> = {};
type Scope = Tree['scopes'][keyof Tree['scopes']];

async function person(organizationId: string, lastName: string, firstName: string, middleName: string, position: string) {
  const [row] = await t.db.insert(people).values({ organizationId, lastName, firstName, middleName, position }).returning({ id: people.id });
  return row!.id;
}

async function pair(organizationId: string, mentorId: string, menteeId: string, status: 'forming' | 'active' | 'terminated' = 'active') {
  const [row] = await t.db
    .insert(mentorPairs)
    .values({ organizationId, mentorId, form: 'педагог – педагог', kind: 'индивидуальное', startDate: '2025-10-01', endDate: '2026-05-31', status })
    .returning({ id: mentorPairs.id });
  await t.db.insert(mentorPairMentees).values({ pairId: row!.id, personId: menteeId });
  return row!.id;
}

/** A ППН of the pair whose plan rows are done on the given dates (null: not done). */
async function ppn(pairId: string, doneOn: (string | null)[]) {
  const activities = doneOn.map((d, i) => ({ title: `Мероприятие ${i + 1}`, form: 'консультация', due: 'октябрь 2025 г.', result: 'план урока', doneOn: d, done: d && `выполнено ${d}` }));
  const [row] = await t.db.insert(programs).values({ organizationId: tree.orgs.s1a.id, kind: 'ppn', pairId, data: { activities } }).returning({ id: programs.id });
  return row!.id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  const s = tree.orgs.s1a.id;
  await t.db.update(organizations).set({ orderSuffix: '-од' }).where(eq(organizations.id, s));
  ids.curator = await person(s, 'Воронцова', 'Ирина', 'Николаевна', 'заместитель директора по УВР');
  ids.mentor = await person(s, 'Иванова', 'Мария', 'Петровна', 'учитель математики');
  ids.mentor2 = await person(s, 'Кузнецов', 'Андрей', 'Николаевич', 'учитель физики');
  await t.db.update(users).set({ personId: ids.curator }).where(eq(users.id, tree.scopes.curator1a.userId));
  ids.pair = await pair(s, ids.mentor, await person(s, 'Петров', 'Иван', 'Сергеевич', 'учитель математики'));
  ids.forming = await pair(s, ids.mentor2, await person(s, 'Смирнова', 'Елена', 'Викторовна', 'учитель'), 'forming');
  ids.stopped = await pair(s, ids.mentor2, await person(s, 'Лебедев', 'Никита', 'Олегович', 'учитель физики'), 'terminated');
  const o = tree.orgs.s1b.id;
  ids.otherPair = await pair(o, await person(o, 'Сидоров', 'Пётр', 'Ильич', 'учитель'), await person(o, 'Орлова', 'Анна', 'Ильинична', 'учитель'));
});
afterAll(() => t.close());

const completion = (over: Partial<CompletePairInput> = {}): CompletePairInput => ({
  pairId: ids.pair!,
  endedOn: '2026-05-29',
  results: 'Проведён открытый урок; затруднения в проектировании урока устранены.',
  mentorFeedback: 'Наставляемый уверенно ведёт уроки.',
  menteeFeedback: 'Получил поддержку и практические приёмы.',
  ...over,
});
const complete = (raw: CompletePairInput, scope: Scope = tree.scopes.curator1a) =>
  asUser(t.db, scope, (ctx) => completePair(ctx, completePairSchema.parse(raw)));
const statusOf = async (id: string) => (await t.db.select({ s: mentorPairs.status }).from(mentorPairs).where(eq(mentorPairs.id, id)))[0]!.s;

describe('completing a pair', () => {
  it('another school or district cannot complete it; nothing changes', async () => {
    await expect(complete(completion(), tree.scopes.head1b)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(complete(completion(), tree.scopes.head2)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(complete(completion({ pairId: ids.otherPair }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await statusOf(ids.pair!)).toBe('active');
    expect(await statusOf(ids.otherPair!)).toBe('active');
  });

  it('refuses a pair without the pair order, a date before the start, a 10,000-character feedback', async () => {
    await expect(complete(completion({ pairId: ids.forming }))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Завершить можно только пару, закреплённую приказом.',
    });
    await expect(complete(completion({ endedOn: '2025-09-01' }))).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { endedOn: [expect.stringMatching(/позже дня начала/)] },
    });
    expect(completePairSchema.safeParse(completion({ menteeFeedback: 'я'.repeat(10_000) })).error?.issues[0]?.message).toBe(
      'Поле «Отзыв наставляемого» длиннее 2000 символов.',
    );
  });

  it('refuses a pair without its ППН, and a pair ending on the day it started', async () => {
    await expect(complete(completion())).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('ППН') });
    ids.ppn = await ppn(ids.pair!, ['2025-10-12', null]);
    await expect(complete(completion({ endedOn: '2025-10-01' }))).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { endedOn: [expect.stringMatching(/позже дня начала/)] },
    });
    expect(await statusOf(ids.pair!)).toBe('active');
  });

  it('records results and feedback and moves the pair to completed; a double submit is harmless', async () => {
    const results = await Promise.allSettled([complete(completion()), complete(completion({ results: 'Второй вариант.' }))]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT', message: 'Пара уже завершена.' });
    const [row] = await t.db.select().from(mentorPairs).where(eq(mentorPairs.id, ids.pair!));
    expect(row).toMatchObject({ status: 'completed', endedOn: '2026-05-29', mentorFeedback: 'Наставляемый уверенно ведёт уроки.' });
  });
});

describe('the order on results and encouragement', () => {
  const form = (over: Partial<ResultsOrderInput> = {}): ResultsOrderInput => ({
    period: 'в 2025/2026 учебном году',
    pairs: [
      { pairId: ids.pair!, chosen: true, outcome: 'completed' },
      { pairId: ids.stopped!, chosen: true, outcome: 'terminated' },
    ],
    mentors: [
      { mentorId: ids.mentor!, chosen: true, kind: 'gratitude', size: '', merit: 'высокие результаты наставнической деятельности' },
      { mentorId: ids.mentor2!, chosen: false, kind: 'gratitude', size: '', merit: '' },
    ],
    ...over,
  });
  const prepare = (raw: ResultsOrderInput, scope: Scope = tree.scopes.curator1a) =>
    asUser(t.db, scope, (ctx) => prepareResultsOrder(ctx, resultsOrderSchema.parse(raw)));
  let id: string;

  it('asks for a pair and for the size of a premium', () => {
    const none = resultsOrderSchema.safeParse(form({ pairs: [{ pairId: ids.pair!, chosen: false, outcome: 'completed' }] }));
    expect(none.error?.issues[0]?.message).toBe('Выберите хотя бы одну пару.');
    const premium = resultsOrderSchema.safeParse(form({ mentors: [{ mentorId: ids.mentor!, chosen: true, kind: 'premium', size: '', merit: 'успехи' }] }));
    expect(premium.error?.issues[0]).toMatchObject({ path: ['mentors', 0, 'size'] });
  });

  it('states «программа выполнена» only when every activity of the ППН is marked done', async () => {
    await expect(prepare(form())).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/Иванова М\.\s?П\.: выполнено 1 из 2/),
    });
    expect(await t.db.select().from(documents).where(eq(documents.template, 'results-order'))).toHaveLength(0);
    await t.db.delete(programs).where(eq(programs.id, ids.ppn!));
    ids.ppn = await ppn(ids.pair!, ['2025-10-12', '2026-04-20']);
  });

  it('prepares one draft with the thanked mentors on the acknowledgement sheet; saving again updates it', async () => {
    id = (await prepare(form())).id;
    expect((await prepare(form())).id).toBe(id);
    const rows = await t.db.select().from(documents).where(eq(documents.template, 'results-order'));
    expect(rows).toHaveLength(1);
    const acks = await t.db.select().from(acknowledgements).where(eq(acknowledgements.documentId, id));
    expect(acks.map((a) => a.lastName)).toEqual(['Воронцова', 'Иванова']);
  });

  it('refuses pairs and mentors of another school, and pairs not finished', async () => {
    await expect(prepare(form({ pairs: [{ pairId: ids.otherPair!, chosen: true, outcome: 'completed' }] }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(prepare(form({ pairs: [{ pairId: ids.forming!, chosen: true, outcome: 'completed' }] }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(prepare(form(), tree.scopes.district1)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const stranger = await person(tree.orgs.s1b.id, 'Чужой', 'Наставник', 'Иванович', 'учитель');
    await expect(prepare(form({ mentors: [{ mentorId: stranger, chosen: true, kind: 'gratitude', size: '', merit: 'успехи' }] }))).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Поощряются наставники пар, включённых в приказ.',
    });
  });

  it('is issued from the register; the annex says of an early end only what an order did', async () => {
    // The pair ended by an issued order: the annex cites it, and never a reassignment no order made.
    const [ended] = await t.db
      .insert(documents)
      .values({ organizationId: tree.orgs.s1a.id, template: 'pair-termination-order', title: 'О досрочном прекращении наставничества', data: {}, status: 'draft' })
      .returning({ id: documents.id });
    await t.db.update(documents).set({ number: '38-од', issueDate: '2026-02-11' }).where(eq(documents.id, ended!.id));
    await t.db.update(mentorPairs).set({ terminationOrderId: ended!.id, endedOn: '2026-02-16' }).where(eq(mentorPairs.id, ids.stopped!));
    id = (await prepare(form())).id;
    const issued = await asUser(t.db, tree.scopes.curator1a, (ctx) => issueDocument(ctx, { documentId: id, issueDate: '2026-06-05' }));
    expect(issued.number).toBe('1-од');
    const [row] = await t.db.select().from(documents).where(eq(documents.id, id));
    const text = (await pdfText(row!.pdf!)).replace(/\s+/g, ' ');
    expect(text).toContain('Поощрение наставников, показавших высокие результаты наставнической деятельности, оформить приказом по личному составу.');
    expect(text).not.toMatch(/Объявить благодарность|закреплен[аы]? за другим/);
    expect(await docxText(row!.docx!)).toMatch(
      /^2\. \| Кузнецов Андрей Николаевич \| Лебедев Никита Олегович \| .* \| наставничество прекращено досрочно \| Наставничество прекращено досрочно с 16\.02\.2026 \(приказ от 11\.02\.2026 № 38-од\)\.$/m,
    );
    // A second submit of the issue changes nothing.
    await expect(asUser(t.db, tree.scopes.curator1a, (ctx) => issueDocument(ctx, { documentId: id, issueDate: '2026-06-05' }))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('encourages the chosen mentors in the personnel order «О поощрении наставников», numbered «-лс»', async () => {
    const { rewardId } = await prepare(form());
    expect(rewardId).toBeTruthy();
    const issued = await asUser(t.db, tree.scopes.curator1a, (ctx) => issueDocument(ctx, { documentId: rewardId!, issueDate: '2026-06-05' }));
    expect(issued.number).toBe('1-лс');
    const [row] = await t.db.select().from(documents).where(eq(documents.id, rewardId!));
    const text = (await pdfText(row!.pdf!)).replace(/\s+/g, ' ');
    expect(text).toContain('О поощрении наставников');
    expect(text).toContain('В соответствии со статьей 191 Трудового кодекса Российской Федерации');
    expect(text).toContain('Объявить благодарность Ивановой Марии Петровне, учителю математики, за высокие результаты наставнической деятельности.');
    // A premium rests on the pay-system clause: refused until the school states it.
    const premium = form({ mentors: [{ mentorId: ids.mentor!, chosen: true, kind: 'premium', size: '5000 рублей', merit: 'успехи' }] });
    await expect(prepare(premium)).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('Положению об оплате труда') });
  });
});
