// Recording consents (received with a scan, declined, withdrawn), the scan rules, reading a
// scan back, and the one-PDF print of the missing papers — with forged ids of other schools.
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, consents, files, organizations } from '@/db/schema';
import { recordConsentSchema } from '@/lib/domain/validations/consents';
import { consentFormsPdf } from '@/lib/server/consents/print-consents';
import { recordConsent } from '@/lib/server/consents/record-consent';
import { loadScan } from '@/lib/server/consents/scans';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { pdfPages } from '../support/extract';
import { asUser, buildTree, type Tree } from '../support/tree';
import { completeOrgs, formPair, mentee, mentor, TODAY } from './pairs-fixtures';

let t: TestDatabase;
let tree: Tree;
let pairId: string;
let foreignPair: string;
let rows: (typeof consents.$inferSelect)[];

const PDF = new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const EXE = new TextEncoder().encode('MZ\x90\x00\x03\x00\x00\x00 this program cannot be run in DOS mode');

const teacher = (lastName: string, firstName: string, middleName: string) => ({ lastName, firstName, middleName, position: 'учитель русского языка и литературы' });
const curator = () => tree.scopes.curator1a;
const record = (input: Record<string, unknown>, scope = curator()) => asUser(t.db, scope, (ctx) => recordConsent(ctx, recordConsentSchema.parse(input)));
const row = (kind: string, personId?: string) => rows.find((r) => r.kind === kind && (!personId || r.personId === personId))!;
const audits = async () => (await t.db.select({ n: count() }).from(auditLog))[0]!.n;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  await completeOrgs(t.db, tree);
  // A head whose genitive differs from the dative, so an addressee in the wrong case shows.
  await t.db.update(organizations).set({ headLastName: 'Кузнецов', headFirstName: 'Андрей', headMiddleName: 'Николаевич' }).where(eq(organizations.id, tree.orgs.s1a.id));
  const m = await mentor(t.db, tree.orgs.s1a.id, teacher('Морозова', 'Светлана', 'Геннадьевна'));
  const a = await mentee(t.db, tree.orgs.s1a.id, teacher('Солнцева', 'Алёна', 'Игоревна'));
  pairId = (await formPair(t.db, curator(), m, [a])).id;
  const fm = await mentor(t.db, tree.orgs.s2.id, teacher('Чернова', 'Вера', 'Петровна'));
  const fa = await mentee(t.db, tree.orgs.s2.id, teacher('Чернов', 'Пётр', 'Ильич'));
  foreignPair = (await formPair(t.db, tree.scopes.head2, fm, [fa])).id;
  rows = await t.db.select().from(consents).where(eq(consents.organizationId, tree.orgs.s1a.id));
});
afterAll(() => t.close());

describe('the print of missing papers', () => {
  it('is one PDF with every missing paper of the selected pairs, each from a new page', async () => {
    const { bytes, documents } = await consentFormsPdf(t.db, curator(), [pairId]);
    expect(documents).toBe(5);
    const pages = (await pdfPages(bytes)).map((p) => p.replace(/\s+/g, ' '));
    const starts = ['на выполнение работы по наставничеству', 'заключили настоящее дополнительное соглашение', 'на участие в программе наставничества'];
    for (const s of starts) expect(pages.some((p) => p.includes(s)), s).toBe(true);
    expect(pages.filter((p) => p.includes('на обработку персональных данных')).length).toBeGreaterThanOrEqual(2);
    expect(pages.join(' ')).toContain('в размере 3000 рублей в месяц');
    // Each form to the head names him in the dative; the agreement names him in the genitive.
    for (const s of ['на выполнение работы по наставничеству', 'на участие в программе наставничества']) {
      expect(pages.find((p) => p.includes(s))).toMatch(/Директору Школа 1А А\.Н\. Кузнецову от учителя/);
    }
    expect(pages.join(' ')).not.toContain('А.Н. Кузнецова');
    expect(pages.find((p) => p.includes('заключили настоящее дополнительное соглашение'))).toContain('в лице директора Кузнецова Андрея Николаевича, действующего');
  });

  it('refuses forged, foreign or no pairs', async () => {
    await expect(consentFormsPdf(t.db, curator(), [foreignPair])).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(consentFormsPdf(t.db, curator(), [pairId, foreignPair])).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(consentFormsPdf(t.db, tree.scopes.head1b, [pairId])).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(consentFormsPdf(t.db, tree.scopes.district2, [pairId])).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(consentFormsPdf(t.db, curator(), ['junk'])).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(consentFormsPdf(t.db, curator(), [])).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

describe('recording a consent', () => {
  it('stores a received consent with a PDF scan, named by its content', async () => {
    const r = await record({ status: 'received', consentId: row('mentor_duties').id, date: TODAY, scan: new File([PDF], 'скан.exe') });
    expect(r).toEqual({ status: 'received', activePairIds: [] });
    const [saved] = await t.db.select().from(consents).where(eq(consents.id, row('mentor_duties').id));
    expect(saved).toMatchObject({ status: 'received', receivedOn: TODAY, recordedBy: curator().userId });
    const scan = await loadScan(t.db, curator(), saved!.id);
    expect(scan.contentType).toBe('application/pdf');
    expect(scan.filename).toMatch(/\.pdf$/);
    expect(Buffer.from(scan.bytes).equals(Buffer.from(PDF))).toBe(true);
  });

  it('keeps the number of an additional agreement', async () => {
    await record({ status: 'received', consentId: row('additional_agreement').id, date: TODAY, number: '14-н', scan: new File([PNG], 'a.png') });
    const [saved] = await t.db.select().from(consents).where(eq(consents.id, row('additional_agreement').id));
    expect(saved).toMatchObject({ status: 'received', note: '14-н' });
  });

  it('refuses a scan that is not a PDF, JPEG or PNG whatever its name, or larger than 20 MB', async () => {
    const filesBefore = (await t.db.select({ n: count() }).from(files))[0]!.n;
    const id = row('mentee_participation').id;
    await expect(record({ status: 'received', consentId: id, date: TODAY, scan: new File([EXE], 'согласие.pdf', { type: 'application/pdf' }) })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Скан должен быть в формате PDF, JPEG или PNG.',
    });
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set(PDF);
    const parsed = recordConsentSchema.safeParse({ status: 'received', consentId: id, date: TODAY, scan: new File([big], 'big.pdf') });
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['scan'], message: expect.stringContaining('Файл больше 20 МБ') });
    expect((await t.db.select({ n: count() }).from(files))[0]!.n).toBe(filesBefore);
    const [still] = await t.db.select().from(consents).where(eq(consents.id, id));
    expect(still!.status).toBe('requested');
  });

  it('checks dates and status changes, and a double submit changes nothing twice', async () => {
    const id = row('mentee_participation').id;
    await expect(record({ status: 'received', consentId: id, date: '2999-01-01' })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { date: ['Дата не может быть позже сегодняшней.'] } });
    await expect(record({ status: 'withdrawn', consentId: id, date: TODAY })).rejects.toMatchObject({ code: 'CONFLICT' });
    await record({ status: 'declined', consentId: id, date: TODAY });
    const twice = await Promise.allSettled([record({ status: 'received', consentId: id, date: TODAY }), record({ status: 'received', consentId: id, date: TODAY })]);
    expect(twice.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    await expect(record({ status: 'withdrawn', consentId: id, date: '2020-01-01' })).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('раньше получения') });
    await record({ status: 'withdrawn', consentId: id, date: TODAY });
    const [saved] = await t.db.select().from(consents).where(eq(consents.id, id));
    expect(saved).toMatchObject({ status: 'withdrawn', closedOn: TODAY });
  });

  it('a malformed mark gets a Russian message', () => {
    expect(recordConsentSchema.safeParse({ status: 'maybe', consentId: row('personal_data').id }).error?.issues[0]?.message).toBe('Выберите отметку: получено, отказ или отозвано.');
    expect(recordConsentSchema.safeParse({ status: 'received', consentId: row('personal_data').id, date: TODAY, number: '<script>' }).error?.issues[0]?.message).toMatch(/Номер соглашения/);
  });

  it('forged ids of another school or district are not found, and nothing is written', async () => {
    const before = await audits();
    const foreign = (await t.db.select().from(consents).where(eq(consents.pairId, foreignPair)))[0]!;
    await expect(record({ status: 'received', consentId: foreign.id, date: TODAY })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    for (const scope of [tree.scopes.head1b, tree.scopes.head2, tree.scopes.district2]) {
      await expect(record({ status: 'received', consentId: row('personal_data').id, date: TODAY }, scope)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(loadScan(t.db, scope, row('mentor_duties').id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    await expect(loadScan(t.db, curator(), 'junk')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(loadScan(t.db, curator(), row('personal_data').id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await audits()).toBe(before);
  });

  it('prints only what is still missing', async () => {
    const { documents } = await consentFormsPdf(t.db, curator(), [pairId]);
    // Mentor: personal data; mentee: participation (withdrawn) and personal data.
    expect(documents).toBe(3);
  });
});
