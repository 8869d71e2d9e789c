// Issue 14, ст. 72 and ст. 351.8 ТК РФ: the additional agreement changing a mentor's agreement is
// drafted from the pair, registered in the series of agreements («ДС-N») and applied to the pair
// in the same transaction; a pair without an agreement (job function) has none to change; the
// employer's notice of cancellation is registered in the series of notices («У-N») with its
// receipt block, once per pair; neither takes an order's number; another school's pair is not found.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documents, mentorPairs, organizations } from '@/db/schema';
import { earliestCancellationEnd } from '@/lib/core/calendar/working-days';
import { formatDate } from '@/lib/core/russian';
import { amendmentSchema, cancellationNoticeSchema, terminationSchema } from '@/lib/domain/validations/pairs';
import { listDocuments } from '@/lib/server/documents/list-documents';
import { nextNumber } from '@/lib/server/documents/next-number';
import { createPair } from '@/lib/server/pairs/create-pair';
import { issueAmendment } from '@/lib/server/pairs/issue-amendment';
import { issueCancellationNotice } from '@/lib/server/pairs/issue-cancellation-notice';
import { refuseIssueOutsidePairs } from '@/lib/server/pairs/issue-guard';
import { issuePairOrder } from '@/lib/server/pairs/issue-pair-order';
import { issueTerminationOrder } from '@/lib/server/pairs/issue-termination-order';
import { NO_AGREEMENT_TO_AMEND, prepareAmendment } from '@/lib/server/pairs/prepare-amendment';
import { preparePairOrder } from '@/lib/server/pairs/prepare-pair-order';
import { startTermination } from '@/lib/server/pairs/start-termination';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { docxText, pdfText } from '../support/extract';
import { asUser, buildTree, type Tree } from '../support/tree';
import { completeOrgs, issueIntroOrder, mentee, mentor, pairInput, receiveAll, TODAY } from './pairs-fixtures';

let t: TestDatabase;
let tree: Tree;
const ids: Record<string, string> = {};
const PAY_BASIS = 'пунктом 4.5 Положения об оплате труда работников Школа 1А';
const curator = () => tree.scopes.curator1a;
const head = () => tree.scopes.head1a;
const teacher = (lastName: string, firstName: string, middleName: string, position = 'учитель математики') => ({ lastName, firstName, middleName, position });
const textOf = async (id: string) => {
  const [doc] = await t.db.select().from(documents).where(eq(documents.id, id));
  return { docx: await docxText(doc!.docx!), pdf: (await pdfText(doc!.pdf!)).replace(/\s+/g, ' '), doc: doc! };
};
const amendment = (over: Record<string, unknown> = {}) =>
  amendmentSchema.parse({ pairId: ids.pair, endDate: '2027-08-31', paymentSize: '4500 рублей в месяц', effectiveFrom: TODAY, contractDate: '2019-08-26', contractNumber: '47', ...over });

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  await completeOrgs(t.db, tree);
  const s = tree.orgs.s1a.id;
  await t.db
    .update(organizations)
    .set({ headLastName: 'Киреева', headFirstName: 'Ольга', headMiddleName: 'Алексеевна', headPosition: 'Директор', payBasis: PAY_BASIS })
    .where(eq(organizations.id, s));
  ids.ivanova = await mentor(t.db, s, teacher('Иванова', 'Мария', 'Петровна'));
  ids.petrov = await mentee(t.db, s, teacher('Петров', 'Иван', 'Сергеевич'));
  ids.kireeva = await mentor(t.db, s, teacher('Киреева', 'Ольга', 'Алексеевна', 'директор'));
  ids.smirnova = await mentee(t.db, s, teacher('Смирнова', 'Елена', 'Викторовна', 'учитель начальных классов'));
  await issueIntroOrder(t.db, curator(), '2026-09-01');
  ids.pair = (await asUser(t.db, curator(), (ctx) => createPair(ctx, pairInput(ids.ivanova!, [ids.petrov!])))).id;
  const jobFunction = { ...pairInput(ids.kireeva!, [ids.smirnova!]), basis: 'job_function' as const, paymentSize: null };
  ids.headPair = (await asUser(t.db, curator(), (ctx) => createPair(ctx, jobFunction))).id;
  await receiveAll(t.db, curator(), ids.pair);
  await receiveAll(t.db, curator(), ids.headPair);
  const { id } = await asUser(t.db, curator(), (ctx) => preparePairOrder(ctx));
  expect((await asUser(t.db, curator(), (ctx) => issuePairOrder(ctx, { documentId: id, issueDate: TODAY }))).number).toBe('2-од');
});
afterAll(() => t.close());

describe('the additional agreement changing the mentoring agreement (ст. 72 ТК РФ)', () => {
  it('refuses a pair whose mentor works within the job function: there is no agreement to change', async () => {
    await expect(asUser(t.db, curator(), (ctx) => prepareAmendment(ctx, amendment({ pairId: ids.headPair, paymentSize: '' })))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: NO_AGREEMENT_TO_AMEND,
    });
  });

  it('refuses a form that changes nothing', () => {
    expect(amendmentSchema.safeParse({ pairId: ids.pair, endDate: '', paymentSize: '', effectiveFrom: TODAY }).success).toBe(false);
  });

  it('is drafted once per pair, issued only from the pair, numbered in the series of agreements, and changes the pair', async () => {
    const { id } = await asUser(t.db, curator(), (ctx) => prepareAmendment(ctx, amendment({ paymentSize: '4000 рублей в месяц' })));
    // Preparing again refreshes the same draft.
    expect((await asUser(t.db, curator(), (ctx) => prepareAmendment(ctx, amendment()))).id).toBe(id);
    await expect(asUser(t.db, curator(), (ctx) => refuseIssueOutsidePairs(ctx.tx, ctx.scope, id))).rejects.toMatchObject({ code: 'CONFLICT' });

    expect((await asUser(t.db, head(), (ctx) => nextNumber(ctx.tx, ctx.scope, id, TODAY))).number).toBe('ДС-1');
    const issued = await asUser(t.db, head(), (ctx) => issueAmendment(ctx, { documentId: id, issueDate: TODAY }));
    expect(issued.number).toBe('ДС-1');
    ids.amendment = id;
    const { docx, pdf, doc } = await textOf(id);
    expect(doc.status).toBe('issued');
    expect(doc.number).toBe('ДС-1');
    expect(doc.series).toBe('agreement');
    expect(doc.data).not.toHaveProperty('pairId');
    for (const text of [docx, pdf]) {
      expect(text).toContain('статьей 72 Трудового кодекса Российской Федерации');
      expect(text).toContain('ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № ДС-1');
      expect(text).toContain('дополнительное соглашение от 20.09.2026 № 12 к трудовому договору от 26.08.2019 № 47');
      expect(text).toContain('Срок выполнения работы по наставничеству: с 01.10.2026 по 31.08.2027');
      expect(text).toContain(`выплата за наставничество в размере 4500 рублей в месяц в соответствии с ${PAY_BASIS}`);
      expect(text).toContain(`Изменения вступают в силу с ${formatDate(TODAY)}.`);
    }
    const [pair] = await t.db.select().from(mentorPairs).where(eq(mentorPairs.id, ids.pair!));
    expect(pair).toMatchObject({ endDate: '2027-08-31', paymentSize: '4500 рублей в месяц', status: 'active' });
    await expect(asUser(t.db, head(), (ctx) => issueAmendment(ctx, { documentId: id, issueDate: TODAY }))).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('the employer’s notice of early cancellation (ст. 351.8 ТК РФ)', () => {
  it('is registered with the next number of the notices and appears in the register with its receipt block', async () => {
    const input = cancellationNoticeSchema.parse({
      pairId: ids.pair,
      noticeDate: TODAY,
      endDate: earliestCancellationEnd(TODAY),
      grounds: 'переводом наставляемого в другую образовательную организацию',
    });
    await expect(
      asUser(t.db, head(), (ctx) => issueCancellationNotice(ctx, { ...input, endDate: TODAY })),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    const issued = await asUser(t.db, head(), (ctx) => issueCancellationNotice(ctx, input));
    expect(issued.number).toBe('У-1');
    const register = await listDocuments(t.db, head());
    expect(register.find((d) => d.id === issued.id)).toMatchObject({ template: 'cancellation-notice', status: 'issued', number: 'У-1', issueDate: TODAY });
    ids.notice = issued.id;
    const { docx, pdf } = await textOf(issued.id);
    for (const text of [docx, pdf]) {
      expect(text).toContain('УВЕДОМЛЕНИЕ');
      expect(text).toContain('№ У-1');
      expect(text).toContain(`о досрочной отмене с ${formatDate(earliestCancellationEnd(TODAY))}`);
      expect(text).toContain('дополнительным соглашением к трудовому договору от 20.09.2026 № 12');
      expect(text).toContain('Уведомление получила:');
    }
  });

  it('is registered once: a second notice for the same pair is refused while the pair has not ended', async () => {
    const again = cancellationNoticeSchema.parse({ pairId: ids.pair, noticeDate: TODAY, endDate: earliestCancellationEnd(TODAY), grounds: 'другой причиной' });
    await expect(asUser(t.db, head(), (ctx) => issueCancellationNotice(ctx, again))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining(`Уведомление об отмене поручения по этой паре уже зарегистрировано: № У-1 от ${formatDate(TODAY)}`),
    });
    const notices = await t.db.select({ id: documents.id }).from(documents).where(eq(documents.template, 'cancellation-notice'));
    expect(notices).toHaveLength(1);
    const [pair] = await t.db.select().from(mentorPairs).where(eq(mentorPairs.id, ids.pair!));
    expect(pair!.cancellationNoticeId).toBe(ids.notice);
  });

  it('takes no order number: the order after the agreement and the notice goes on from the pair order', async () => {
    const { id } = await asUser(t.db, curator(), (ctx) =>
      startTermination(
        ctx,
        terminationSchema.parse({ pairId: ids.pair, reason: 'cancellation', noticeDate: TODAY, endDate: earliestCancellationEnd(TODAY), grounds: 'переводом наставляемого' }),
      ),
    );
    const order = await asUser(t.db, curator(), (ctx) => issueTerminationOrder(ctx, { documentId: id, issueDate: TODAY }));
    expect(order.number).toBe('3-од');
  });
});

describe('the mentor’s refusal notice', () => {
  it('once received, stands in the way of a second refusal and of an employer’s notice until the pair ends', async () => {
    const s1a = tree.orgs.s1a.id;
    const sokolova = await mentor(t.db, s1a, teacher('Соколова', 'Анна', 'Игоревна', 'учитель физики'));
    const orlov = await mentee(t.db, s1a, teacher('Орлов', 'Денис', 'Павлович', 'учитель физики'));
    ids.second = (await asUser(t.db, curator(), (ctx) => createPair(ctx, pairInput(sokolova, [orlov])))).id;
    await receiveAll(t.db, curator(), ids.second);
    const order = await asUser(t.db, curator(), (ctx) => preparePairOrder(ctx));
    await asUser(t.db, curator(), (ctx) => issuePairOrder(ctx, { documentId: order.id, issueDate: TODAY }));
    const refusal = terminationSchema.parse({ pairId: ids.second, reason: 'refusal', noticeDate: TODAY, endDate: earliestCancellationEnd(TODAY), incomingNumber: '21' });
    await asUser(t.db, curator(), (ctx) => startTermination(ctx, refusal));
    await expect(asUser(t.db, curator(), (ctx) => startTermination(ctx, { ...refusal, incomingNumber: '22' }))).rejects.toMatchObject({ code: 'CONFLICT' });
    const notice = cancellationNoticeSchema.parse({ pairId: ids.second, noticeDate: TODAY, endDate: earliestCancellationEnd(TODAY), grounds: 'проверкой' });
    await expect(asUser(t.db, head(), (ctx) => issueCancellationNotice(ctx, notice))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: `Наставник уже уведомил об отказе от ${formatDate(TODAY)} (вх. № 21): по его уведомлению подготовлен приказ о досрочном прекращении, уведомление об отмене поручения не нужно.`,
    });
  });
});

describe('another school', () => {
  it('finds neither the pair nor its agreement', async () => {
    const other = tree.scopes.head1b;
    await expect(asUser(t.db, other, (ctx) => prepareAmendment(ctx, amendment()))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      asUser(t.db, other, (ctx) =>
        issueCancellationNotice(ctx, cancellationNoticeSchema.parse({ pairId: ids.pair, noticeDate: TODAY, endDate: earliestCancellationEnd(TODAY), grounds: 'проверкой' })),
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(asUser(t.db, other, (ctx) => issueAmendment(ctx, { documentId: ids.amendment!, issueDate: TODAY }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
