// Pay and rewards in personnel orders (issue 14): the pair order keeps the organisational part,
// the pay order «-лс» sets the «выплата за наставничество» under the school's pay-system clause
// in its own numbering series, the termination order cites the agreement and the receipt of
// the notice, the pay stop order ends the payment; a school head mentors within her job function
// (no ст. 351.8 agreement) or under an agreement with the founder, never with herself.
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consents, documents, mentorPairs, organizations } from '@/db/schema';
import { earliestCancellationEnd } from '@/lib/core/calendar/working-days';
import { formatDate } from '@/lib/core/russian';
import { HEAD_SELF_AGREEMENT } from '@/lib/domain/mentoring/head-mentor';
import { terminationSchema } from '@/lib/domain/validations/pairs';
import { consentFormsPdf } from '@/lib/server/consents/print-consents';
import { recordConsent } from '@/lib/server/consents/record-consent';
import { loadSchoolCounts } from '@/lib/server/indicators/school-counts';
import { createPair } from '@/lib/server/pairs/create-pair';
import { issuePairOrder } from '@/lib/server/pairs/issue-pair-order';
import { issuePersonnelOrder } from '@/lib/server/pairs/issue-personnel-order';
import { issueTerminationOrder } from '@/lib/server/pairs/issue-termination-order';
import { preparePairOrder } from '@/lib/server/pairs/prepare-pair-order';
import { PAY_BASIS_MISSING, preparePayOrder } from '@/lib/server/pairs/prepare-pay-order';
import { preparePayStopOrder } from '@/lib/server/pairs/prepare-pay-stop-order';
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
  return { docx: await docxText(doc!.docx!), pdf: (await pdfText(doc!.pdf!)).replace(/\s+/g, ' '), number: doc!.number };
};

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  await completeOrgs(t.db, tree);
  const s = tree.orgs.s1a.id;
  await t.db
    .update(organizations)
    .set({ headLastName: 'Киреева', headFirstName: 'Ольга', headMiddleName: 'Алексеевна', headPosition: 'Директор' })
    .where(eq(organizations.id, s));
  ids.ivanova = await mentor(t.db, s, teacher('Иванова', 'Мария', 'Петровна'));
  ids.petrov = await mentee(t.db, s, teacher('Петров', 'Иван', 'Сергеевич'));
  ids.kireeva = await mentor(t.db, s, teacher('Киреева', 'Ольга', 'Алексеевна', 'директор'));
  ids.smirnova = await mentee(t.db, s, teacher('Смирнова', 'Елена', 'Викторовна', 'учитель начальных классов'));
  await issueIntroOrder(t.db, curator(), '2026-09-01');
});
afterAll(() => t.close());

describe('a school head who mentors', () => {
  it('cannot sign an additional agreement with herself', async () => {
    await expect(asUser(t.db, curator(), (ctx) => createPair(ctx, pairInput(ids.kireeva!, [ids.smirnova!])))).rejects.toMatchObject({
      code: 'VALIDATION',
      message: HEAD_SELF_AGREEMENT,
    });
    expect(await t.db.select().from(mentorPairs).where(eq(mentorPairs.mentorId, ids.kireeva!))).toHaveLength(0);
  });

  it('mentors within her job function: no ст. 351.8 consent or agreement is asked of her, and no payment', async () => {
    const input = { ...pairInput(ids.kireeva!, [ids.smirnova!]), basis: 'job_function' as const, paymentSize: null };
    ids.headPair = (await asUser(t.db, curator(), (ctx) => createPair(ctx, input))).id;
    const asked = await t.db.select({ personId: consents.personId, kind: consents.kind }).from(consents).where(eq(consents.pairId, ids.headPair));
    expect(asked.filter((c) => c.personId === ids.kireeva).map((c) => c.kind)).toEqual([]);
    // Her papers to print: the personal-data consent only, never the agreement.
    const pdf = (await pdfText((await consentFormsPdf(t.db, curator(), [ids.headPair])).bytes)).replace(/\s+/g, ' ');
    expect(pdf).not.toContain('ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ');
    expect(pdf).not.toContain('Киреевой Ольги Алексеевны на выполнение');
  });
});

describe('the pair order and the personnel pay order', () => {
  it('the pair order names the basis of each mentor and refers the payment to the personnel order', async () => {
    ids.pair = (await asUser(t.db, curator(), (ctx) => createPair(ctx, pairInput(ids.ivanova!, [ids.petrov!])))).id;
    await receiveAll(t.db, curator(), ids.pair);
    await receiveAll(t.db, curator(), ids.headPair!);
    // Her own personal-data consent (receiveAll finds people through their pair-bound papers, and she has none).
    const [own] = await t.db.select().from(consents).where(and(eq(consents.personId, ids.kireeva!), isNull(consents.pairId)));
    await asUser(t.db, curator(), (ctx) => recordConsent(ctx, { status: 'received', consentId: own!.id, date: '2026-09-20', number: null, scan: null }));
    // The dashboard's and the indicators' SQL owe her nothing either.
    const counts = await loadSchoolCounts(t.db, curator(), tree.orgs.s1a.path, TODAY, ['kept']);
    expect(counts.find((c) => c.id === tree.orgs.s1a.id)?.counts.consentsOutstanding).toBe(0);
    const { id } = await asUser(t.db, curator(), (ctx) => preparePairOrder(ctx));
    ids.pairOrder = id;
    const issued = await asUser(t.db, curator(), (ctx) => issuePairOrder(ctx, { documentId: id, issueDate: TODAY }));
    expect(issued.number).toBe('2-од');
    const { docx } = await textOf(id);
    expect(docx).toContain('и дополнительных соглашений к трудовым договорам, заключенных с наставником (Ивановой М.П.),');
    expect(docx).toContain('(дополнительное соглашение к трудовому договору от 20.09.2026 № 12).');
    expect(docx).toContain('за Киреевой Ольгой Алексеевной на период с 01.10.2026 по 31.05.2027, форма наставничества «педагог – педагог» в рамках трудовой функции по занимаемой должности.');
    expect(docx).toContain('оформить приказом по личному составу.');
    expect(docx).not.toMatch(/доплат|в размере/);
  });

  it('refuses the pay order until the school states its pay-system clause', async () => {
    await expect(asUser(t.db, curator(), (ctx) => preparePayOrder(ctx))).rejects.toMatchObject({ code: 'CONFLICT', message: PAY_BASIS_MISSING });
    await t.db.update(organizations).set({ payBasis: PAY_BASIS }).where(eq(organizations.id, tree.orgs.s1a.id));
  });

  it('is a personnel order «-лс» numbered apart, naming the payment, its clause and the agreement; the head is not in it', async () => {
    const { id, mentors } = await asUser(t.db, curator(), (ctx) => preparePayOrder(ctx));
    expect(mentors).toBe(1);
    expect((await asUser(t.db, curator(), (ctx) => preparePayOrder(ctx))).id).toBe(id);
    await expect(asUser(t.db, head(), (ctx) => issuePersonnelOrder(ctx, { documentId: id, issueDate: '2026-09-30' }))).rejects.toMatchObject({ code: 'VALIDATION' });
    const issued = await asUser(t.db, head(), (ctx) => issuePersonnelOrder(ctx, { documentId: id, issueDate: TODAY }));
    expect(issued.number).toBe('1-лс');
    ids.payOrder = id;
    const { docx, pdf } = await textOf(id);
    for (const text of [docx, pdf]) {
      expect(text).toContain('О поручении работы по наставничеству и установлении выплаты за наставничество');
      expect(text).toContain(`${PAY_BASIS}, приказом от ${formatDate(TODAY)} № 2-од «О закреплении наставнических пар (групп)»`);
      expect(text).toContain(
        'Поручить Ивановой Марии Петровне, учителю математики, с ее письменного согласия выполнение работы по наставничеству в отношении учителя математики Петрова Ивана Сергеевича на период с 01.10.2026 по 31.05.2027 и установить ей выплату за наставничество в размере 3000 рублей в месяц',
      );
      expect(text).toContain('в соответствии с дополнительным соглашением к трудовому договору от 20.09.2026 № 12.');
      expect(text).not.toContain('Киреевой Ольге'); // she signs it, she is not paid by it
      expect(text).not.toMatch(/доплат/i);
    }
    const [pair] = await t.db.select().from(mentorPairs).where(eq(mentorPairs.id, ids.pair!));
    expect(pair!.payOrderId).toBe(id);
    // Nothing left to pay: the head's pair has no payment.
    await expect(asUser(t.db, curator(), (ctx) => preparePayOrder(ctx))).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('ending the paid pair early', () => {
  it('the termination order cites the agreement ended and the date the refusal was received', async () => {
    const end = earliestCancellationEnd(TODAY);
    const { id } = await asUser(t.db, curator(), (ctx) =>
      startTermination(ctx, terminationSchema.parse({ pairId: ids.pair, reason: 'refusal', noticeDate: TODAY, endDate: end, incomingNumber: '15' })),
    );
    const issued = await asUser(t.db, curator(), (ctx) => issueTerminationOrder(ctx, { documentId: id, issueDate: TODAY }));
    // The general series goes on where it was: the personnel order took no number of it.
    expect(issued.number).toBe('3-од');
    ids.termination = id;
    const { docx } = await textOf(id);
    expect(docx).toContain(
      `о досрочном отказе от выполнения работы по наставничеству, порученной дополнительным соглашением к трудовому договору от 20.09.2026 № 12, полученного ${formatDate(TODAY)} (вх. № 15),`,
    );
    expect(docx).toContain(`Прекращение выплаты за наставничество с ${formatDate(end)} оформить приказом по личному составу.`);
  });

  it('the pay stop order ends the payment set by the pay order, from the end date, citing the termination order', async () => {
    const end = earliestCancellationEnd(TODAY);
    const { id } = await asUser(t.db, curator(), (ctx) => preparePayStopOrder(ctx));
    const issued = await asUser(t.db, head(), (ctx) => issuePersonnelOrder(ctx, { documentId: id, issueDate: TODAY }));
    expect(issued.number).toBe('2-лс');
    const { pdf } = await textOf(id);
    expect(pdf).toContain(
      `Прекратить Ивановой Марии Петровне, учителю математики, выплату за наставничество, установленную приказом от ${formatDate(TODAY)} № 1-лс, с ${formatDate(end)} в связи с досрочным прекращением работы по наставничеству, порученной дополнительным соглашением к трудовому договору от 20.09.2026 № 12 (приказ от ${formatDate(TODAY)} № 3-од).`,
    );
    const [pair] = await t.db.select().from(mentorPairs).where(and(eq(mentorPairs.id, ids.pair!), eq(mentorPairs.payStopOrderId, id)));
    expect(pair).toBeDefined();
    await expect(asUser(t.db, curator(), (ctx) => preparePayStopOrder(ctx))).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses the personnel operations to another school', async () => {
    await expect(asUser(t.db, tree.scopes.head1b, (ctx) => issuePersonnelOrder(ctx, { documentId: ids.payOrder!, issueDate: TODAY }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
