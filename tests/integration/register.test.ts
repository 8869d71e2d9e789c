// The document register: numbering, freezing, corrections and acknowledgement sheets,
// on a real database with the real templates and renderers.
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acknowledgements, documents, organizations, users } from '@/db/schema';
import { acknowledgeInApp, recordPaperAcknowledgement } from '@/lib/server/documents/acknowledge';
import { createDraft } from '@/lib/server/documents/create-draft';
import { issueDocument } from '@/lib/server/documents/issue-document';
import { listDocuments } from '@/lib/server/documents/list-documents';
import { loadDocument } from '@/lib/server/documents/load-document';
import { updateDraft } from '@/lib/server/documents/update-draft';
import { viewDocument } from '@/lib/server/documents/view-document';
import mentorListOrder from '@/templates/mentor-list-order/example.json';
import introOrder from '@/templates/school-intro-order/example.json';
import regulation from '@/templates/school-regulation/example.json';
import roadmap from '@/templates/school-roadmap/example.json';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { docxText, pdfText } from '../support/extract';
import { asUser, buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  await t.db.update(organizations).set({ orderSuffix: '-од' }).where(eq(organizations.id, tree.orgs.s1a.id));
});
afterAll(() => t.close());

const draftIntro = (scope = tree.scopes.curator1a) =>
  asUser(t.db, scope, (ctx) =>
    createDraft(ctx, {
      template: 'school-intro-order',
      title: 'О внедрении системы наставничества',
      data: { ...introOrder, date: null, number: null },
      annexes: [
        { template: 'school-regulation', title: 'Положение о системе наставничества', data: regulation },
        { template: 'school-roadmap', title: 'Дорожная карта', data: roadmap },
      ],
      acknowledgements: [
        { personId: tree.people.s1a[0], lastName: 'Петров', firstName: 'Иван', middleName: 'Сергеевич', unit: 'учитель' },
        { userId: tree.scopes.teacher1a.userId, lastName: 'Учителева', firstName: 'Тамара', middleName: 'Тимуровна', unit: 'учитель' },
      ],
    }),
  );

const draftMentorList = (scope = tree.scopes.curator1a) =>
  asUser(t.db, scope, (ctx) => createDraft(ctx, { template: 'mentor-list-order', title: 'Об утверждении методического актива', data: { ...mentorListOrder, date: null, number: null } }));

/** The freeze trigger's own refusal, under drizzle's wrapper. */
const frozen = (id: string) => ({ cause: { code: '23514', message: `issued document ${id} is frozen` } });

const issue = (id: string, issueDate = '2026-09-01', scope = tree.scopes.curator1a) =>
  asUser(t.db, scope, (ctx) => issueDocument(ctx, { documentId: id, issueDate }));

describe('issuing an order with its annexes', () => {
  let orderId: string;

  it('numbers the order, stamps its annexes and freezes files with their sha256', async () => {
    orderId = (await draftIntro()).id;
    const result = await issue(orderId);
    expect(result.number).toBe('1-од');
    const rows = await t.db.select().from(documents).where(sql`${documents.id} = ${orderId} or ${documents.parentId} = ${orderId}`);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row).toMatchObject({ status: 'issued', number: '1-од', issueDate: '2026-09-01' });
      expect(createHash('sha256').update(row.docx!).digest('hex')).toBe(row.docxSha256);
      expect(createHash('sha256').update(row.pdf!).digest('hex')).toBe(row.pdfSha256);
    }
    const order = rows.find((r) => r.id === orderId)!;
    expect(order.sequence).toBe(1);
    expect(await docxText(order.docx!)).toMatch(/01\.09\.2026[\s\S]*№ 1-од/);
    const annex = rows.find((r) => r.template === 'school-regulation')!;
    expect(await pdfText(annex.pdf!)).toMatch(/от 01\.09\.2026 № 1-од/);
  });

  it('refuses a second issue (double submit) and keeps the number', async () => {
    await expect(issue(orderId)).rejects.toMatchObject({ code: 'CONFLICT', message: 'Документ уже издан: № 1-од.' });
    const [row] = await t.db.select({ sequence: documents.sequence }).from(documents).where(eq(documents.id, orderId));
    expect(row!.sequence).toBe(1);
  });

  it('never changes an issued document: not through the app, not through SQL', async () => {
    await expect(asUser(t.db, tree.scopes.curator1a, (ctx) => updateDraft(ctx, { documentId: orderId, data: {} }))).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(t.db.update(documents).set({ number: '2-од' }).where(eq(documents.id, orderId))).rejects.toMatchObject(frozen(orderId));
    await expect(t.db.update(documents).set({ data: {} }).where(eq(documents.id, orderId))).rejects.toMatchObject(frozen(orderId));
  });

  it('never replaces the stored DOCX or PDF of an issued order or annex, nor their checksums, through SQL', async () => {
    const [annex] = await t.db.select({ id: documents.id }).from(documents).where(eq(documents.parentId, orderId)).limit(1);
    for (const id of [orderId, annex!.id]) {
      const [before] = await t.db.select().from(documents).where(eq(documents.id, id));
      await expect(t.db.update(documents).set({ docx: Buffer.from('подмена') }).where(eq(documents.id, id))).rejects.toMatchObject(frozen(id));
      await expect(t.db.update(documents).set({ pdf: Buffer.from('%PDF-подмена') }).where(eq(documents.id, id))).rejects.toMatchObject(frozen(id));
      // The checksums are what proves a stored file is the issued one: they are frozen with it.
      await expect(t.db.update(documents).set({ docxSha256: '0'.repeat(64) }).where(eq(documents.id, id))).rejects.toMatchObject(frozen(id));
      await expect(t.db.update(documents).set({ pdfSha256: '0'.repeat(64) }).where(eq(documents.id, id))).rejects.toMatchObject(frozen(id));
      await expect(t.db.update(documents).set({ annexNo: 9 }).where(eq(documents.id, id))).rejects.toMatchObject(frozen(id));
      const [after] = await t.db.select().from(documents).where(eq(documents.id, id));
      expect(after!.docx!.equals(before!.docx!) && after!.pdf!.equals(before!.pdf!)).toBe(true);
      expect([after!.docxSha256, after!.pdfSha256, after!.annexNo]).toEqual([before!.docxSha256, before!.pdfSha256, before!.annexNo]);
    }
  });

  it('never deletes an issued document, by the trigger and not only by the annexes that point at it', async () => {
    // An order without annexes or acknowledgement rows: nothing but the trigger stands in the
    // way. Issued in another year, so the numbering below is not disturbed.
    const { id } = await draftMentorList();
    await issue(id, '2025-12-30');
    await expect(t.db.delete(documents).where(eq(documents.id, id))).rejects.toMatchObject({
      cause: { code: '23514', message: `issued document ${id} cannot be deleted` },
    });
    expect(await t.db.select({ id: documents.id }).from(documents).where(eq(documents.id, id))).toHaveLength(1);
  });

  it('reading an issued document again returns the identical stored files', async () => {
    const before = await loadDocument(t.db, tree.scopes.head1a, orderId);
    const again = await loadDocument(t.db, tree.scopes.head1a, orderId);
    expect(again.pdf!.equals(before.pdf!)).toBe(true);
    expect(again.docx!.equals(before.docx!)).toBe(true);
  });

  it('an annex cannot be issued on its own', async () => {
    const { id } = await draftIntro();
    const [annex] = await t.db.select().from(documents).where(eq(documents.parentId, id));
    await expect(issue(annex!.id)).rejects.toMatchObject({ message: 'Приложение издаётся вместе с приказом, к которому оно относится.' });
  });
});

describe('numbering', () => {
  it('gives concurrent issues consecutive unique numbers with no gaps', async () => {
    const drafts = await Promise.all(Array.from({ length: 8 }, () => draftMentorList()));
    const results = await Promise.all(drafts.map((d) => issue(d.id, '2026-10-01')));
    const numbers = results.map((r) => Number.parseInt(r.number!, 10)).sort((a, b) => a - b);
    expect(numbers).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('restarts every calendar year and is separate per organization', async () => {
    expect((await issue((await draftMentorList()).id, '2027-01-11')).number).toBe('1-од');
    expect((await issue((await draftMentorList(tree.scopes.head1b)).id, '2026-10-01', tree.scopes.head1b)).number).toBe('1');
  });

  it('an invalid draft is refused with the bad fields named, and no number is used up', async () => {
    const { id } = await asUser(t.db, tree.scopes.curator1a, (ctx) =>
      createDraft(ctx, { template: 'mentor-list-order', title: 'Пустой', data: { ...mentorListOrder, mentors: [] } }),
    );
    await expect(issue(id, '2026-10-02')).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('«mentors»') });
    expect((await issue((await draftMentorList()).id, '2026-10-02')).number).toBe('10-од');
  });
});

describe('corrections', () => {
  it('a cancelling order moves the old one and its annexes to cancelled', async () => {
    const old = (await draftIntro()).id;
    await issue(old);
    const { id } = await asUser(t.db, tree.scopes.curator1a, (ctx) =>
      createDraft(ctx, { template: 'mentor-list-order', title: 'Об отмене', data: { ...mentorListOrder, date: null, number: null }, correctsId: old, correction: 'cancels' }),
    );
    await issue(id, '2026-10-05');
    const statuses = await t.db.select({ status: documents.status }).from(documents).where(sql`${documents.id} = ${old} or ${documents.parentId} = ${old}`);
    expect(statuses.map((s) => s.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
  });
});

describe('tenancy of the register', () => {
  it('another school or district cannot read, edit or issue the document', async () => {
    const { id } = await draftMentorList();
    for (const scope of [tree.scopes.head1b, tree.scopes.head2, tree.scopes.district2]) {
      await expect(loadDocument(t.db, scope, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(issue(id, '2026-10-01', scope)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(asUser(t.db, scope, (ctx) => updateDraft(ctx, { documentId: id, data: {} }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await loadDocument(t.db, tree.scopes.district1, id)).status).toBe('draft');
  });

  it('a district or region reads a school document but never edits or issues it in the school name', async () => {
    const { id } = await draftMentorList();
    for (const scope of [tree.scopes.district1, tree.scopes.region]) {
      await expect(issue(id, '2026-10-01', scope)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(asUser(t.db, scope, (ctx) => updateDraft(ctx, { documentId: id, data: {} }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await loadDocument(t.db, tree.scopes.curator1a, id)).status).toBe('draft');
  });

  it('the document page shows the order with its annexes and sheet inside the subtree, and "not found" elsewhere', async () => {
    const { id } = await draftIntro();
    for (const scope of [tree.scopes.curator1a, tree.scopes.district1]) {
      const view = await viewDocument(t.db, scope, id);
      expect(view.doc.id).toBe(id);
      expect(view.annexes.map((a) => a.annexNo)).toEqual([1, 2]);
      expect(view.rows.map((r) => r.lastName)).toEqual(['Петров', 'Учителева']);
    }
    // The teacher is on the sheet, but a draft is still the keeper's business.
    for (const scope of [tree.scopes.head1b, tree.scopes.head2, tree.scopes.district2, tree.scopes.teacher1a]) {
      await expect(viewDocument(t.db, scope, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it('a school cannot create a draft in another school', async () => {
    await expect(
      asUser(t.db, tree.scopes.head1a, (ctx) => createDraft(ctx, { organizationId: tree.orgs.s2.id, template: 'mentor-list-order', title: 'x', data: {} })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('acknowledgement sheet', () => {
  let rows: (typeof acknowledgements.$inferSelect)[];
  beforeAll(async () => {
    const { id } = await draftIntro();
    await issue(id, '2026-09-01');
    rows = await t.db.select().from(acknowledgements).where(eq(acknowledgements.documentId, id)).orderBy(acknowledgements.position);
  });

  it('records a paper signature with a date between the issue and today', async () => {
    const paper = (date: string | null, scope = tree.scopes.curator1a) =>
      asUser(t.db, scope, (ctx) => recordPaperAcknowledgement(ctx, { acknowledgementId: rows[0]!.id, date }));
    await expect(paper('2026-08-31')).rejects.toMatchObject({ message: 'Дата ознакомления не может быть раньше даты документа.' });
    await expect(paper('2999-01-01')).rejects.toMatchObject({ message: 'Дата ознакомления не может быть в будущем.' });
    await expect(paper('2026-09-02', tree.scopes.head2)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await paper('2026-09-02');
    const [row] = await t.db.select().from(acknowledgements).where(eq(acknowledgements.id, rows[0]!.id));
    expect(row).toMatchObject({ acknowledgedOn: '2026-09-02', method: 'paper', recordedBy: tree.scopes.curator1a.userId });
  });

  it('accepts an in-app acknowledgement only from the person, only under the school\'s local act (ст. 22.2) and with the ст. 22.1 consent', async () => {
    const own = () => asUser(t.db, tree.scopes.teacher1a, (ctx) => acknowledgeInApp(ctx, { acknowledgementId: rows[1]!.id }));
    await expect(asUser(t.db, tree.scopes.curator1a, (ctx) => acknowledgeInApp(ctx, { acknowledgementId: rows[1]!.id }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(own()).rejects.toMatchObject({ message: expect.stringContaining('ст. 22.2 ТК РФ') });
    await t.db.update(organizations).set({ electronicHrAct: { date: '2026-08-20', number: '90-од' } }).where(eq(organizations.id, tree.orgs.s1a.id));
    await expect(own()).rejects.toMatchObject({ message: expect.stringContaining('ст. 22.1 ТК РФ') });
    await t.db.update(users).set({ electronicHrConsent: true }).where(eq(users.id, tree.scopes.teacher1a.userId));
    const first = await own();
    expect(await own()).toEqual(first); // a second click changes nothing
    const [row] = await t.db.select().from(acknowledgements).where(and(eq(acknowledgements.id, rows[1]!.id), eq(acknowledgements.method, 'electronic')));
    expect(row?.acknowledgedOn).toBe(first.acknowledgedOn);
    await expect(asUser(t.db, tree.scopes.curator1a, (ctx) => recordPaperAcknowledgement(ctx, { acknowledgementId: rows[1]!.id, date: null }))).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('the register counts the annexes and the acknowledgements of each order, as its page does', async () => {
    const listed = await listDocuments(t.db, tree.scopes.curator1a);
    const order = listed.find((d) => d.id === rows[0]!.documentId)!;
    expect(order).toMatchObject({ annexes: 2, ackTotal: 2, ackDone: 2 });
    const view = await viewDocument(t.db, tree.scopes.curator1a, order.id);
    expect(view.annexes).toHaveLength(order.annexes);
    expect(view.rows.filter((r) => r.acknowledgedOn !== null)).toHaveLength(order.ackDone);
  });
});
