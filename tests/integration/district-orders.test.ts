// District orders on a real database: the wizard's draft with every head of the district on
// its acknowledgement sheet, issue and registration, acknowledgement in the app (only with
// consent to electronic HR documents) and on paper, and the printed sheet with the dates.
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acknowledgements, auditLog, documents, organizations, users } from '@/db/schema';
import { nameParts, prefill } from '@/lib/domain/district/order-prefill';
import { districtOrderForm, type OrderStyle } from '@/lib/domain/validations/district';
import { todayIso } from '@/lib/server/clock';
import { issueDistrictOrder } from '@/lib/server/district/issue-order';
import { listDistrictOrders, loadDistrictOrder, orderFormInput } from '@/lib/server/district/load-order';
import { createDistrictOrder, updateDistrictOrder } from '@/lib/server/district/save-order';
import { acknowledgeInApp, recordPaperAcknowledgement } from '@/lib/server/documents/acknowledge';
import { documentFile } from '@/lib/server/documents/document-file';
import { loadReadableDocument } from '@/lib/server/documents/load-document';
import { listMyAcknowledgements } from '@/lib/server/documents/my-acknowledgements';
import { createSchool } from '@/lib/server/schools/create-school';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { pdfText } from '../support/extract';
import { asUser, buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
const today = todayIso();
const NOT_FOUND = { code: 'NOT_FOUND' };

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  // head1a is the head named in the school's requisites; head1b's account carries another name.
  await t.db.update(users).set({ fullName: 'Иванова Мария Петровна' }).where(eq(users.id, tree.scopes.head1a.userId));
  await t.db.update(users).set({ fullName: 'Лабуренко Татьяна Михайловна' }).where(eq(users.id, tree.scopes.head1b.userId));
  await t.db.update(users).set({ fullName: 'Фирсов Евгений Борисович' }).where(eq(users.id, tree.scopes.head2.userId));
  await t.db.update(users).set({ fullName: 'Строкина Светлана Викторовна' }).where(eq(users.id, tree.scopes.district1.userId));
});
afterAll(() => t.close());

const formOf = (style: OrderStyle) =>
  districtOrderForm.parse(
    prefill(style, { district: { shortName: 'Район 1', legalBases: [] }, coordinator: nameParts('Строкина Светлана Викторовна'), today }),
  );
const draft = (style: OrderStyle = 'regulation', scope = tree.scopes.district1) => asUser(t.db, scope, (ctx) => createDistrictOrder(ctx, formOf(style)));
const issue = (documentId: string, scope = tree.scopes.district1) => asUser(t.db, scope, (ctx) => issueDistrictOrder(ctx, { documentId, issueDate: today }));
const rowsOf = (documentId: string) =>
  t.db.select().from(acknowledgements).where(eq(acknowledgements.documentId, documentId)).orderBy(acknowledgements.position);

describe('the district order wizard', () => {
  it('saves a draft addressed to every active head of the district, and nobody else', async () => {
    const { id } = await draft();
    const rows = await rowsOf(id);
    expect(rows.map((r) => [r.userId, r.lastName, r.firstName, r.middleName, r.unit])).toEqual([
      [tree.scopes.head1a.userId, 'Иванова', 'Мария', 'Петровна', 'Школа 1А'],
      [tree.scopes.head1b.userId, 'Лабуренко', 'Татьяна', 'Михайловна', 'Школа 1Б'],
    ]);
    const [doc] = await t.db.select().from(documents).where(eq(documents.id, id));
    expect(doc).toMatchObject({ status: 'draft', organizationId: tree.orgs.d1.id, template: 'district-order-regulation' });
    expect(doc!.title).toMatch(/^Об утверждении положения о системе наставничества/);
    // The wizard reopens the draft with the values it saved.
    expect(districtOrderForm.parse(orderFormInput(doc!))).toEqual(formOf('regulation'));
  });

  it('issues the order with a registered number; the order prints the heads, the register lists it', async () => {
    const { id } = await draft();
    const result = await issue(id);
    expect(result.number).toMatch(/^\d+$/);
    const { doc, counts } = await loadDistrictOrder(t.db, tree.scopes.district1, id);
    expect(doc.status).toBe('issued');
    expect(counts).toEqual({ total: 2, electronic: 0, paper: 0, pending: 2 });
    const text = (await pdfText(doc.pdf!)).replace(/\s+/g, ' ');
    expect(text).toContain('С приказом ознакомлены');
    expect(text).toMatch(/Иванова М\.П\. Школа 1А/);
    expect(text).toContain('Строкину Светлану Викторовну');
    expect((await listDistrictOrders(t.db, tree.scopes.district1)).map((d) => d.id)).toContain(id);
    await expect(issue(id)).rejects.toMatchObject({ code: 'CONFLICT', message: `Приказ уже издан: № ${result.number}.` });
  });

  it('a school registered after the draft was saved is on the sheet when the order is issued', async () => {
    const { id } = await draft('duties');
    const { id: schoolId } = await asUser(t.db, tree.scopes.district1, (ctx) =>
      createSchool(ctx, {
        fullName: 'Школа 1В полностью',
        shortName: 'Школа 1В',
        city: 'г. Тестовск',
        orderSuffix: null,
        headPosition: 'Директор',
        headLastName: 'Реш',
        headFirstName: 'Наталья',
        headMiddleName: 'Александровна',
        headEmail: 'resh@test.ru',
        headPassword: 'password123',
      }),
    );
    await issue(id);
    expect((await rowsOf(id)).map((r) => r.unit)).toEqual(['Школа 1А', 'Школа 1Б', 'Школа 1В']);
    const [doc] = await t.db.select().from(documents).where(eq(documents.id, id));
    const text = (await pdfText(doc!.pdf!)).replace(/\s+/g, ' ');
    expect(text).toContain('Реш Н.А.');
    expect(text).toContain('Приложение № 1');
    expect(text).toContain('План мероприятий (дорожная карта)');
    // Leave the third school out of the other tests.
    await t.db.update(users).set({ isActive: false }).where(eq(users.organizationId, schoolId));
  });

  it('edits a draft, never an issued order, and never in the other style', async () => {
    const { id } = await draft();
    const form = { ...formOf('regulation'), institutions: 'образовательных организациях района' };
    await asUser(t.db, tree.scopes.district1, (ctx) => updateDistrictOrder(ctx, { documentId: id, form }));
    const [doc] = await t.db.select().from(documents).where(eq(documents.id, id));
    expect((doc!.data as { institutions: string }).institutions).toBe('образовательных организациях района');
    await expect(asUser(t.db, tree.scopes.district1, (ctx) => updateDistrictOrder(ctx, { documentId: id, form: formOf('duties') }))).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await issue(id);
    await expect(asUser(t.db, tree.scopes.district1, (ctx) => updateDistrictOrder(ctx, { documentId: id, form }))).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('only a municipality issues district orders', async () => {
    await expect(draft('regulation', tree.scopes.head1a)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(draft('regulation', tree.scopes.region)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('collecting acknowledgements', () => {
  let orderId: string;
  let rowA: string;
  let rowB: string;
  beforeAll(async () => {
    orderId = (await draft()).id;
    await issue(orderId);
    [rowA, rowB] = (await rowsOf(orderId)).map((r) => r.id) as [string, string];
  });

  it('the order reaches each head of the district', async () => {
    for (const head of [tree.scopes.head1a, tree.scopes.head1b]) {
      expect((await listMyAcknowledgements(t.db, head)).map((a) => a.documentId)).toContain(orderId);
      expect((await loadReadableDocument(t.db, head, orderId)).id).toBe(orderId);
    }
  });

  it('a head acknowledges in the app only under the school\'s local act and with consent to electronic HR documents', async () => {
    const ack = () => asUser(t.db, tree.scopes.head1a, (ctx) => acknowledgeInApp(ctx, { acknowledgementId: rowA }));
    // The employee's consent alone is not enough: the school has not adopted its local act (ст. 22.2).
    await t.db.update(users).set({ electronicHrConsent: true }).where(eq(users.id, tree.scopes.head1a.userId));
    await expect(ack()).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('ст. 22.2 ТК РФ') });
    await t.db.update(organizations).set({ electronicHrAct: { date: '2026-01-12', number: '3-од' } }).where(eq(organizations.id, tree.scopes.head1a.orgId));
    await t.db.update(users).set({ electronicHrConsent: false }).where(eq(users.id, tree.scopes.head1a.userId));
    await expect(ack()).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('ст. 22.1 ТК РФ') });
    await t.db.update(users).set({ electronicHrConsent: true }).where(eq(users.id, tree.scopes.head1a.userId));
    expect(await ack()).toEqual({ acknowledgedOn: today });
    expect(await ack()).toEqual({ acknowledgedOn: today }); // a double click changes nothing
    const [row] = await t.db.select().from(acknowledgements).where(eq(acknowledgements.id, rowA));
    const [doc] = await t.db.select({ pdfSha256: documents.pdfSha256 }).from(documents).where(eq(documents.id, orderId));
    expect(row).toMatchObject({ method: 'electronic', acknowledgedOn: today, recordedBy: tree.scopes.head1a.userId });
    expect(row!.signature).toMatchObject({ recordId: rowA, act: { date: '2026-01-12', number: '3-од' }, documentSha256: doc!.pdfSha256 });
  });

  it('a head cannot acknowledge for another head', async () => {
    await expect(asUser(t.db, tree.scopes.head1a, (ctx) => acknowledgeInApp(ctx, { acknowledgementId: rowB }))).rejects.toMatchObject(NOT_FOUND);
  });

  it('the coordinator marks a paper signature with its date; an electronic one stays as it is', async () => {
    await asUser(t.db, tree.scopes.district1, (ctx) => recordPaperAcknowledgement(ctx, { acknowledgementId: rowB, date: today }));
    await expect(asUser(t.db, tree.scopes.district1, (ctx) => recordPaperAcknowledgement(ctx, { acknowledgementId: rowA, date: today }))).rejects.toMatchObject(
      { code: 'CONFLICT' },
    );
    const { counts, rows } = await loadDistrictOrder(t.db, tree.scopes.district1, orderId);
    expect(counts).toEqual({ total: 2, electronic: 1, paper: 1, pending: 0 });
    expect(rows.map((r) => r.electronicHrConsent)).toEqual([true, false]);
  });

  it('the printed sheet shows both dates and the mark of the electronic signature with the document\'s hash', async () => {
    const file = await documentFile(t.db, tree.scopes.district1, orderId, 'acknowledgements', 'pdf');
    const text = (await pdfText(file.bytes)).replace(/\s+/g, ' ');
    const date = today.split('-').reverse().join('.');
    const [doc] = await t.db.select({ pdfSha256: documents.pdfSha256 }).from(documents).where(eq(documents.id, orderId));
    expect(text).toMatch(new RegExp(`Иванова М\\.П\\. Школа 1А ${date.replace(/\./g, '\\.')} подписано ПЭП, отметка №\\s?1`));
    expect(text).not.toContain('ознакомлен(а) электронно');
    expect(text).toContain('ДОКУМЕНТ ПОДПИСАН ПРОСТОЙ ЭЛЕКТРОННОЙ ПОДПИСЬЮ');
    expect(text).toContain(`запись об ознакомлении № ${rowA}`);
    expect(text.replace(/\s/g, '')).toContain(`SHA-256документа:${doc!.pdfSha256}`);
    expect(text).toContain('от 12.01.2026 № 3-од');
    expect(text).toMatch(new RegExp(`Лабуренко Т\\.М\\. Школа 1Б ${date.replace(/\./g, '\\.')}`));
  });

  it('another district sees nothing of it and changes nothing', async () => {
    const before = await t.db.select({ n: count() }).from(auditLog);
    const head2 = tree.scopes.head2;
    await expect(loadReadableDocument(t.db, head2, orderId)).rejects.toMatchObject(NOT_FOUND);
    expect(await listMyAcknowledgements(t.db, head2)).toEqual([]);
    await expect(asUser(t.db, head2, (ctx) => acknowledgeInApp(ctx, { acknowledgementId: rowB }))).rejects.toMatchObject(NOT_FOUND);
    const d2 = tree.scopes.district2;
    await expect(loadDistrictOrder(t.db, d2, orderId)).rejects.toMatchObject(NOT_FOUND);
    await expect(issue(orderId, d2)).rejects.toMatchObject(NOT_FOUND);
    await expect(asUser(t.db, d2, (ctx) => recordPaperAcknowledgement(ctx, { acknowledgementId: rowB, date: null }))).rejects.toMatchObject(NOT_FOUND);
    await expect(asUser(t.db, d2, (ctx) => updateDistrictOrder(ctx, { documentId: orderId, form: formOf('regulation') }))).rejects.toMatchObject(NOT_FOUND);
    await expect(documentFile(t.db, d2, orderId, 'acknowledgements', 'pdf')).rejects.toMatchObject(NOT_FOUND);
    for (const forged of ['not-a-uuid', crypto.randomUUID(), "1' or '1'='1"]) {
      await expect(loadDistrictOrder(t.db, tree.scopes.district1, forged)).rejects.toMatchObject(NOT_FOUND);
      await expect(issue(forged)).rejects.toMatchObject(NOT_FOUND);
    }
    // A school's own document is not a district order, even inside the district's subtree.
    const [schoolDoc] = await t.db
      .insert(documents)
      .values({ organizationId: tree.orgs.s1a.id, template: 'district-order-regulation', title: 'Чужой', data: {} })
      .returning();
    await expect(loadDistrictOrder(t.db, tree.scopes.district1, schoolDoc!.id)).rejects.toMatchObject(NOT_FOUND);
    await expect(issue(schoolDoc!.id)).rejects.toMatchObject(NOT_FOUND);
    const after = await t.db.select({ n: count() }).from(auditLog);
    expect(after[0]!.n).toBe(before[0]!.n);
    const [row] = await t.db
      .select()
      .from(acknowledgements)
      .where(and(eq(acknowledgements.id, rowB)));
    expect(row!.method).toBe('paper');
    expect((await t.db.select().from(organizations).where(eq(organizations.id, tree.orgs.d2.id))).length).toBe(1);
  });
});
