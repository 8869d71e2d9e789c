// The district's ZIP of acknowledgement sheets over many documents: every document with rows
// gets its sheet, in the archive's order (the office, then its schools by name, by document
// within one), each the sheet the document's own page serves, and the reads do not grow
// with the number of documents (they were two queries per sheet, the archive's largest cost
// after rendering).
import { PassThrough } from 'node:stream';
import { drizzle } from 'drizzle-orm/node-postgres';
import JSZip from 'jszip';
import { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import * as schema from '@/db/schema';
import { acknowledgements, documents } from '@/db/schema';
import { renderPdf } from '@/lib/documents/render';
import { writeDistrictArchive } from '@/lib/server/district/archive';
import { acknowledgementSheetModel } from '@/lib/server/documents/acknowledgement-sheet';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { pdfText } from '../support/extract';
import { buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
const SURNAMES = ['Абрамова', 'Белов', 'Ёлкина', 'Щукин', 'Эйхман'];

/** An issued order of `org` with `rows` acknowledgement rows (none: it has no sheet). */
async function order(org: { id: string }, n: number, rows: number, title = `О распределении нагрузки № ${n}`) {
  const [doc] = await t.db
    .insert(documents)
    .values({
      organizationId: org.id,
      template: 'mentor-list-order',
      title,
      status: 'issued',
      data: {},
      year: 2026,
      // Numbers are the document's own text; the sequence only has to be unique.
      sequence: ++sequence,
      number: `${n}-од`,
      issueDate: '2026-09-01',
      // The stored files are not what the sheets archive reads.
      docx: Buffer.from('docx'),
      pdf: Buffer.from('pdf'),
      issuedAt: new Date(),
    })
    .returning();
  if (rows > 0) {
    await t.db.insert(acknowledgements).values(
      Array.from({ length: rows }, (_, i) => ({
        documentId: doc!.id,
        position: i + 1,
        lastName: SURNAMES[(n + i) % SURNAMES.length]!,
        firstName: 'Мария',
        middleName: 'Петровна',
        unit: `учитель ${n}.${i + 1}`,
        acknowledgedOn: i % 2 ? '2026-09-20' : null,
        method: i % 2 ? ('paper' as const) : null,
      })),
    );
  }
  return doc!;
}

async function sheetsArchive(db: Db) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const result = await writeDistrictArchive(db, tree.scopes.district1, 'sheets', out);
  const zip = await JSZip.loadAsync(Buffer.concat(chunks));
  return { result, zip, names: Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name) };
}

const issued: { id: string; organizationId: string }[] = [];
let sequence = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  // 45 sheets over the office and two schools, written in an order unlike the archive's.
  for (let n = 1; n <= 15; n++) {
    issued.push(await order(tree.orgs.s1b, n, 1 + (n % 4)));
    issued.push(await order(tree.orgs.s1a, n, 3));
    issued.push(await order(tree.orgs.d1, n, 2));
  }
  await order(tree.orgs.s1a, 99, 0); // no rows: no sheet
  // The same requisites and title twice: the second file is numbered.
  issued.push(await order(tree.orgs.s1a, 16, 2, 'О наставничестве'), await order(tree.orgs.s1a, 16, 2, 'О наставничестве'));
  await order(tree.orgs.s2, 1, 3); // another district
}, 120_000);
afterAll(() => t.close());

describe('the district archive of acknowledgement sheets', () => {
  it('holds one sheet per document with rows, folder by folder, named by the document', async () => {
    const { result, zip, names } = await sheetsArchive(t.db);
    expect(result).toEqual({ files: 47, aborted: false });
    expect(names).toHaveLength(48);
    expect(names.at(-1)).toBe('Опись.csv');
    const folders = names.slice(0, -1).map((n) => n.split('/')[0]);
    expect(folders).toEqual([...Array(15).fill('Район 1'), ...Array(17).fill('Школа 1А'), ...Array(15).fill('Школа 1Б')]);
    // By document id within a folder, as the documents are read.
    const byFolder = (org: string) => issued.filter((d) => d.organizationId === org).map((d) => d.id);
    for (const [org, folder] of [
      [tree.orgs.d1.id, 'Район 1'],
      [tree.orgs.s1a.id, 'Школа 1А'],
      [tree.orgs.s1b.id, 'Школа 1Б'],
    ] as const) {
      const ids = byFolder(org).sort();
      const docs = await t.db.query.documents.findMany({ where: (d, { inArray }) => inArray(d.id, ids) });
      const expected = ids.map((id) => docs.find((d) => d.id === id)!);
      const mine = names.filter((n) => n.startsWith(`${folder}/`));
      expect(mine.map((n) => n.replace(/ \(2\)\.pdf$/, '.pdf'))).toEqual(
        expected.map((d) => `${folder}/Лист ознакомления 2026-09-01 № ${d.number} ${d.title}.pdf`),
      );
    }
    expect(names).toContain('Школа 1А/Лист ознакомления 2026-09-01 № 16-од О наставничестве (2).pdf');
    expect(names.join('\n')).not.toMatch(/№ 99-од|Школа 2/);
    const inventory = (await zip.file('Опись.csv')!.async('string')).split('\r\n');
    expect(inventory).toHaveLength(48);
  });

  it('holds the same sheet the document’s own page serves, with every row', async () => {
    const { zip } = await sheetsArchive(t.db);
    const doc = issued.find((d) => d.organizationId === tree.orgs.s1b.id)!;
    const row = (await t.db.query.documents.findFirst({ where: (d, { eq }) => eq(d.id, doc.id) }))!;
    const file = zip.file(`Школа 1Б/Лист ознакомления 2026-09-01 № ${row.number} ${row.title}.pdf`)!;
    const text = (await pdfText(await file.async('uint8array'))).replace(/\s+/g, ' ');
    expect(text).toContain('Школа 1Б');
    expect(text).toContain('Должность');
    expect(text).toContain('1. Белов М.П. учитель 1.1 2. Ёлкина М.П. учитель 1.2 20.09.2026');
    const own = (await pdfText(await renderPdf((await acknowledgementSheetModel(t.db, row))!))).replace(/\s+/g, ' ');
    expect(text).toBe(own);
  });

  it('reads the sheets in a few queries however many there are', async () => {
    const pool = new Pool({ connectionString: t.url, max: 4 });
    let queries = 0;
    const counted = drizzle(pool, { schema, logger: { logQuery: () => void queries++ } }) as unknown as Db;
    try {
      const { result } = await sheetsArchive(counted);
      expect(result.files).toBe(47);
      // The organizations, the sheets' ids, and two reads per page of sheets.
      expect(queries).toBeLessThanOrEqual(8);
    } finally {
      await pool.end();
    }
  });
});
