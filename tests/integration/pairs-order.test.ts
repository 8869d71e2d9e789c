// The pair order and its consent gate, and ending a pair early with an amending order, on a
// real database with the real templates and renderers.
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acknowledgements, auditLog, consents, documents, mentorPairs } from '@/db/schema';
import { earliestCancellationEnd } from '@/lib/core/calendar/working-days';
import { terminationSchema } from '@/lib/domain/validations/pairs';
import { recordConsent } from '@/lib/server/consents/record-consent';
import { refuseIssueOutsidePairs } from '@/lib/server/pairs/issue-guard';
import { issuePairOrder } from '@/lib/server/pairs/issue-pair-order';
import { issueTerminationOrder } from '@/lib/server/pairs/issue-termination-order';
import { noticePdf } from '@/lib/server/pairs/notice';
import { preparePairOrder } from '@/lib/server/pairs/prepare-pair-order';
import { startTermination } from '@/lib/server/pairs/start-termination';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { pdfText } from '../support/extract';
import { watchOverlappingQueries } from '../support/one-client';
import { asUser, buildTree, type Tree } from '../support/tree';
import { completeOrgs, formPair, issueIntroOrder, mentee, mentor, receiveAll, TODAY } from './pairs-fixtures';

let t: TestDatabase;
let tree: Tree;
let people_: Record<'ivanova' | 'kuznetsov' | 'petrov' | 'lebedev' | 'sokolova', string>;
let pairA: string;
let pairB: string;
let orderId: string;

const teacher = (lastName: string, firstName: string, middleName: string, position = 'учитель математики') => ({ lastName, firstName, middleName, position });
const curator = () => tree.scopes.curator1a;
const prepare = (scope = curator()) => asUser(t.db, scope, (ctx) => preparePairOrder(ctx));
const issueOrder = (documentId: string, issueDate = TODAY, scope = curator()) => asUser(t.db, scope, (ctx) => issuePairOrder(ctx, { documentId, issueDate }));
const consentOf = async (personId: string, kind: (typeof consents.$inferSelect)['kind']) =>
  (await t.db.select().from(consents).where(and(eq(consents.personId, personId), eq(consents.kind, kind))))[0]!;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  await completeOrgs(t.db, tree);
  const s = tree.orgs.s1a.id;
  people_ = {
    ivanova: await mentor(t.db, s, teacher('Иванова', 'Мария', 'Петровна')),
    kuznetsov: await mentor(t.db, s, teacher('Кузнецов', 'Андрей', 'Николаевич', 'учитель физики')),
    petrov: await mentee(t.db, s, teacher('Петров', 'Иван', 'Сергеевич')),
    lebedev: await mentee(t.db, s, teacher('Лебедев', 'Никита', 'Олегович', 'учитель физики')),
    sokolova: await mentee(t.db, s, teacher('Соколова', 'Дарья', 'Игоревна', 'учитель химии')),
  };
  pairA = (await formPair(t.db, curator(), people_.ivanova, [people_.petrov])).id;
  pairB = (await formPair(t.db, curator(), people_.kuznetsov, [people_.lebedev, people_.sokolova])).id;
});
afterAll(() => t.close());

describe('preparing the pair order', () => {
  it('needs the issued introduction order the Положение was approved by', async () => {
    await expect(prepare()).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Сначала издайте приказ о внедрении') });
    await issueIntroOrder(t.db, curator());
  });

  it('lists only the pairs whose consents are complete', async () => {
    await expect(prepare()).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Ни у одной пары нет полного комплекта согласий') });
    await receiveAll(t.db, curator(), pairA);
    const prepared = await prepare();
    expect(prepared).toMatchObject({ pairs: 1, waiting: 1 });
    orderId = prepared.id;
    const [doc] = await t.db.select().from(documents).where(eq(documents.id, orderId));
    expect(doc).toMatchObject({ template: 'pair-order', status: 'draft' });
    const data = doc!.data as { pairs: { mentor: { person: { lastName: string } }; agreement: unknown }[]; regulation: unknown };
    expect(data.pairs.map((p) => p.mentor.person.lastName)).toEqual(['Иванова']);
    expect(data.pairs[0]!.agreement).toEqual({ date: '2026-09-20', number: '12' });
    expect(data.regulation).toEqual({ date: '2026-09-01', number: '1-од' });
    const rows = await t.db.select().from(acknowledgements).where(eq(acknowledgements.documentId, orderId)).orderBy(acknowledgements.position);
    expect(rows.map((r) => r.lastName)).toEqual(['Иванова', 'Петров']);
  });

  it('sends the queries of a transaction one at a time over its client', async () => {
    const watch = watchOverlappingQueries();
    try {
      await prepare();
    } finally {
      watch.stop();
    }
    expect(watch.overlaps).toEqual([]);
  });

  it('preparing again refreshes the same draft (a double submit makes no second draft)', async () => {
    await receiveAll(t.db, curator(), pairB);
    const [a, b] = await Promise.all([prepare(), prepare()]);
    expect(a.id).toBe(orderId);
    expect(b.id).toBe(orderId);
    expect((await t.db.select({ n: count() }).from(documents).where(eq(documents.template, 'pair-order')))[0]!.n).toBe(1);
    const rows = await t.db.select().from(acknowledgements).where(eq(acknowledgements.documentId, orderId));
    expect(rows.map((r) => r.lastName).sort()).toEqual(['Иванова', 'Кузнецов', 'Лебедев', 'Петров', 'Соколова']);
  });
});

describe('the consent gate at issue time', () => {
  it('a consent withdrawn between draft and issue blocks the issue and names whose it is', async () => {
    const pd = await consentOf(people_.petrov, 'personal_data');
    await asUser(t.db, curator(), (ctx) => recordConsent(ctx, { status: 'withdrawn', consentId: pd.id, date: TODAY, confirmErasure: true }));
    await expect(issueOrder(orderId)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Нет согласия: Петров И.С. — согласие на обработку персональных данных.',
    });
    const [doc] = await t.db.select({ status: documents.status, number: documents.number }).from(documents).where(eq(documents.id, orderId));
    expect(doc).toEqual({ status: 'draft', number: null });
    expect((await t.db.select().from(mentorPairs).where(eq(mentorPairs.status, 'active'))).length).toBe(0);
  });

  it('the generic issue of the register refuses pair orders', async () => {
    await expect(asUser(t.db, curator(), (ctx) => refuseIssueOutsidePairs(ctx.tx, ctx.scope, orderId))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('/pairs'),
    });
  });

  it('issues once the consent is received again: numbered, frozen, pairs active', async () => {
    await receiveAll(t.db, curator(), pairA, TODAY);
    await expect(issueOrder(orderId, '2026-09-19')).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('раньше получения последнего согласия') });
    const result = await issueOrder(orderId);
    expect(result.number).toBe('2-од');
    const pairs = await t.db.select().from(mentorPairs);
    expect(pairs.map((p) => [p.status, p.orderId])).toEqual([
      ['active', orderId],
      ['active', orderId],
    ]);
    const [doc] = await t.db.select().from(documents).where(eq(documents.id, orderId));
    const text = (await pdfText(doc!.pdf!)).replace(/\s+/g, ' ');
    expect(text).toContain('Закрепить Петрова Ивана Сергеевича за Ивановой Марией Петровной');
    expect(text).toContain('Закрепить Лебедева Никиту Олеговича и Соколову Дарью Игоревну за Кузнецовым Андреем Николаевичем (наставническая группа)');
    expect(text).toContain('С приказом ознакомлены');
    expect(text).toContain('(дополнительное соглашение к трудовому договору от 20.09.2026 № 12)');
  });

  it('a second issue is a conflict, and forged ids are not found', async () => {
    await expect(issueOrder(orderId)).rejects.toMatchObject({ code: 'CONFLICT', message: 'Документ уже издан: № 2-од.' });
    for (const scope of [tree.scopes.head1b, tree.scopes.head2]) {
      await expect(issueOrder(orderId, TODAY, scope)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(asUser(t.db, scope, (ctx) => startTermination(ctx, terminationSchema.parse({ pairId: pairA, reason: 'refusal', noticeDate: TODAY, endDate: earliestCancellationEnd(TODAY) })))).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(noticePdf(t.db, scope, pairA, { kind: 'refusal', reason: null })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    // Another school's own preparation sees none of these pairs.
    await expect(prepare(tree.scopes.head1b)).rejects.toMatchObject({ message: expect.stringContaining('Сначала издайте приказ о внедрении') });
  });
});

describe('ending a pair early', () => {
  const earliest = earliestCancellationEnd(TODAY);
  const start = (pairId: string, over: Record<string, string> = {}) =>
    asUser(t.db, curator(), (ctx) => startTermination(ctx, terminationSchema.parse({ pairId, reason: 'refusal', noticeDate: TODAY, endDate: earliest, ...over })));

  it('the end date is no earlier than three working days after the notice', async () => {
    await expect(start(pairA, { endDate: TODAY })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { endDate: [expect.stringContaining('три рабочих дня')] } });
    expect(terminationSchema.safeParse({ pairId: pairA, reason: 'cancellation', noticeDate: TODAY, endDate: earliest }).error?.issues[0]?.message).toBe(
      'Укажите, в связи с чем работодатель отменяет поручение.',
    );
  });

  it('prints the refusal notice with the computed end date', async () => {
    const { bytes } = await noticePdf(t.db, curator(), pairA, { kind: 'refusal', reason: null });
    const text = (await pdfText(bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('УВЕДОМЛЕНИЕ');
    expect(text).toContain(`уведомляю о досрочном отказе с ${earliest.split('-').reverse().join('.')}`);
    expect(text).toContain('дополнительным соглашением к трудовому договору от');
    // Pinned: a notice on Tuesday 10.02.2026 runs Wednesday–Friday and ends mentoring from Monday.
    const pinned = (await pdfText((await noticePdf(t.db, curator(), pairA, { kind: 'refusal', noticeDate: '2026-02-10', reason: null })).bytes)).replace(/\s+/g, ' ');
    expect(pinned).toContain('уведомляю о досрочном отказе с 16.02.2026');
  });

  it('the refusal makes an amending draft; issuing it terminates the pair and amends the pair order', async () => {
    const { id } = await start(pairA);
    await expect(start(pairA)).rejects.toMatchObject({ code: 'CONFLICT' });
    const [draft] = await t.db.select().from(documents).where(eq(documents.id, id));
    expect(draft).toMatchObject({ template: 'pair-termination-order', status: 'draft', correctsId: orderId, correction: 'amends' });
    await expect(asUser(t.db, curator(), (ctx) => refuseIssueOutsidePairs(ctx.tx, ctx.scope, id))).rejects.toMatchObject({ code: 'CONFLICT' });
    for (const scope of [tree.scopes.head1b, tree.scopes.head2]) {
      await expect(asUser(t.db, scope, (ctx) => issueTerminationOrder(ctx, { documentId: id, issueDate: TODAY }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    await asUser(t.db, curator(), (ctx) => issueTerminationOrder(ctx, { documentId: id, issueDate: TODAY }));
    const [pair] = await t.db.select().from(mentorPairs).where(eq(mentorPairs.id, pairA));
    expect(pair).toMatchObject({ status: 'terminated', endReason: 'refusal', endedOn: earliest, endNoticeDate: TODAY });
    const [order] = await t.db.select({ status: documents.status }).from(documents).where(eq(documents.id, orderId));
    expect(order!.status).toBe('amended');
    const [issued] = await t.db.select().from(documents).where(eq(documents.id, id));
    const text = (await pdfText(issued!.pdf!)).replace(/\s+/g, ' ');
    expect(text).toContain(`Досрочно прекратить с ${earliest.split('-').reverse().join('.')} наставничество учителя математики Ивановой Марии Петровны`);
    expect(text).toContain('приказом от');
    await expect(asUser(t.db, curator(), (ctx) => issueTerminationOrder(ctx, { documentId: id, issueDate: TODAY }))).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('the second pair of the same order', () => {
  it('can be ended by cancellation after the order was already amended', async () => {
    const [pair] = await t.db.select().from(mentorPairs).where(eq(mentorPairs.id, pairB));
    expect(pair!.status).toBe('active');
    // A withdrawal after the order points at the pair that needs an amending order.
    const participation = await consentOf(people_.lebedev, 'mentee_participation');
    const withdrawn = await asUser(t.db, curator(), (ctx) => recordConsent(ctx, { status: 'withdrawn', consentId: participation.id, date: TODAY }));
    expect(withdrawn.activePairIds).toEqual([pairB]);
    const { id } = await asUser(t.db, curator(), (ctx) =>
      startTermination(ctx, terminationSchema.parse({ pairId: pairB, reason: 'cancellation', noticeDate: TODAY, endDate: earliestCancellationEnd(TODAY), grounds: 'сокращением численности обучающихся' })),
    );
    const issued = await asUser(t.db, curator(), (ctx) => issueTerminationOrder(ctx, { documentId: id, issueDate: TODAY }));
    expect(issued.number).toMatch(/-од$/);
    const [after] = await t.db.select().from(mentorPairs).where(eq(mentorPairs.id, pairB));
    expect(after).toMatchObject({ status: 'terminated', endReason: 'cancellation', endNoticeDate: TODAY, endedOn: earliestCancellationEnd(TODAY), terminationOrderId: id });
    const [order] = await t.db.select({ status: documents.status }).from(documents).where(eq(documents.id, orderId));
    expect(order!.status).toBe('amended');
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'pair.terminate'));
    expect(audit.length).toBeGreaterThanOrEqual(1);
  });
});
