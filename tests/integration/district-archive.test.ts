// The district's ZIP of issued documents and of acknowledgement sheets, unzipped and checked
// against the register: every stored file byte for byte (sha256), nothing of another
// district, no drafts, and a consumer that goes away stops the writer.
import { createHash } from 'node:crypto';
import { PassThrough, Writable } from 'node:stream';
import { eq, inArray } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documents, organizations, users } from '@/db/schema';
import { nameParts, prefill } from '@/lib/domain/district/order-prefill';
import { districtOrderForm, type ArchiveKind } from '@/lib/domain/validations/district';
import type { Scope } from '@/lib/server/auth/scope';
import { todayIso } from '@/lib/server/clock';
import { archiveSummary, writeDistrictArchive } from '@/lib/server/district/archive';
import { issueDistrictOrder } from '@/lib/server/district/issue-order';
import { createDistrictOrder } from '@/lib/server/district/save-order';
import { createDraft } from '@/lib/server/documents/create-draft';
import { issueDocument } from '@/lib/server/documents/issue-document';
import mentorListOrder from '@/templates/mentor-list-order/example.json';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { pdfText } from '../support/extract';
import { asUser, buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
const today = todayIso();
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function schoolOrder(scope: Scope, title: string) {
  const { id } = await asUser(t.db, scope, (ctx) => createDraft(ctx, { template: 'mentor-list-order', title, data: { ...mentorListOrder, date: null, number: null } }));
  await asUser(t.db, scope, (ctx) => issueDocument(ctx, { documentId: id, issueDate: today }));
  return id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  await t.db.update(users).set({ fullName: 'Иванова Мария Петровна' }).where(inArray(users.id, [tree.scopes.head1a.userId, tree.scopes.head1b.userId]));
  const form = districtOrderForm.parse(prefill('duties', { district: { shortName: 'Район 1', legalBases: [] }, coordinator: nameParts('Строкина Светлана Викторовна'), today }));
  const { id } = await asUser(t.db, tree.scopes.district1, (ctx) => createDistrictOrder(ctx, form));
  await asUser(t.db, tree.scopes.district1, (ctx) => issueDistrictOrder(ctx, { documentId: id, issueDate: today }));
  await schoolOrder(tree.scopes.curator1a, 'Об утверждении методического актива');
  await schoolOrder(tree.scopes.curator1a, 'Об утверждении методического актива'); // the same title twice
  await schoolOrder(tree.scopes.head2, 'Приказ другого района');
  // A draft is not part of the archive.
  await asUser(t.db, tree.scopes.head1b, (ctx) => createDraft(ctx, { template: 'mentor-list-order', title: 'Проект', data: mentorListOrder }));
});
afterAll(() => t.close());

async function archive(scope: Scope, kind: ArchiveKind) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const result = await writeDistrictArchive(t.db, scope, kind, out);
  return { result, zip: await JSZip.loadAsync(Buffer.concat(chunks)) };
}

const entries = (zip: JSZip) => Object.values(zip.files).filter((f) => !f.dir);

describe('the district archive', () => {
  it('holds every issued document of the office and its schools as stored, with an inventory', async () => {
    const { result, zip } = await archive(tree.scopes.district1, 'documents');
    const issued = await t.db.select().from(documents).where(inArray(documents.organizationId, [tree.orgs.d1.id, tree.orgs.s1a.id, tree.orgs.s1b.id]));
    const expected = issued.filter((d) => d.status === 'issued');
    expect(expected).toHaveLength(3);
    const files = entries(zip).filter((f) => f.name !== 'Опись.csv');
    expect(result).toEqual({ files: 6, aborted: false });
    expect(files).toHaveLength(6);
    const digests = new Map<string, string>();
    for (const f of files) digests.set(f.name, sha(await f.async('uint8array')));
    for (const d of expected) {
      const folder = d.organizationId === tree.orgs.d1.id ? 'Район 1' : 'Школа 1А';
      const mine = [...digests.entries()].filter(([name]) => name.startsWith(`${folder}/`));
      expect(mine.map(([, digest]) => digest)).toEqual(expect.arrayContaining([d.pdfSha256, d.docxSha256]));
    }
    const names = [...digests.keys()].sort();
    expect(new Set(names).size).toBe(names.length);
    // Named to sort by date in a file manager: '<date> № <number> <title>.<ext>'.
    expect(names.filter((n) => n.startsWith('Школа 1А/'))).toEqual(
      ['1.docx', '1.pdf', '2.docx', '2.pdf'].map((n) => `Школа 1А/${today} № ${n.replace('.', ' Об утверждении методического актива (списка наставников).')}`),
    );
    expect(names.join('\n')).not.toMatch(/другого района|Проект/);
    const inventory = await zip.file('Опись.csv')!.async('string');
    for (const [name, digest] of digests) {
      expect(inventory).toContain(`"${name}";`);
      expect(inventory).toContain(`"${digest}"`);
    }
  });

  it('holds the acknowledgement sheets, rendered with the dates recorded so far', async () => {
    const { result, zip } = await archive(tree.scopes.district1, 'sheets');
    expect(result.files).toBe(1);
    const [sheet] = entries(zip).filter((f) => f.name.endsWith('.pdf'));
    expect(sheet!.name).toMatch(/^Район 1\/Лист ознакомления .+\.pdf$/);
    const text = (await pdfText(await sheet!.async('uint8array'))).replace(/\s+/g, ' ');
    expect(text).toContain('Иванова М.П. Школа 1А');
    expect(text).toContain('Иванова М.П. Школа 1Б');
  });

  it('another district gets only its own documents; a school head only the school’s', async () => {
    const other = await archive(tree.scopes.district2, 'documents');
    expect(entries(other.zip).map((f) => f.name.split('/')[0]).filter((n) => n !== 'Опись.csv')).toEqual(['Школа 2', 'Школа 2']);
    expect(await archiveSummary(t.db, tree.scopes.district2)).toMatchObject({ documents: 1, sheets: 0 });
    expect(await archiveSummary(t.db, tree.scopes.district1)).toMatchObject({ documents: 3, sheets: 1 });
  });

  it('stops reading when the consumer goes away', async () => {
    let seen = 0;
    const out = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _enc, done) {
        seen += chunk.length;
        if (seen > 20_000) this.destroy();
        else done();
      },
    });
    const result = await writeDistrictArchive(t.db, tree.scopes.district1, 'documents', out);
    expect(result.aborted).toBe(true);
    expect(result.files).toBeLessThan(6);
  });
});


describe('the inventory Опись.csv', () => {
  it('shows states in Russian and never lets a name run as a spreadsheet formula', async () => {
    // A school's name is typed by the district coordinator and becomes its folder in the archive.
    await t.db.update(organizations).set({ shortName: '=HYPERLINK("http://evil.example";"Школа 2")' }).where(eq(organizations.id, tree.orgs.s2.id));
    const { zip } = await archive(tree.scopes.district2, 'documents');
    const rows = (await zip.file('Опись.csv')!.async('string')).replace(/^\uFEFF/, '').split('\r\n').slice(1);
    expect(rows.length).toBe(2); // the order as PDF and DOCX
    for (const row of rows) {
      const cells = row.slice(1, -1).split('";"');
      expect(cells[5]).toBe('издан');
      for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@]/);
      expect(cells[0]).toBe("'=HYPERLINK(_http___evil.example_;_Школа 2_)");
      expect(cells[1]).toMatch(/^'=HYPERLINK/);
    }
    expect(rows.join('\n')).not.toContain('"issued"');
  });
});
