// The XLSX export of the indicators: plan against fact and one row per unit, read back.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '@/db/schema';
import { indicatorWorkbook } from '@/lib/server/indicators/export-xlsx';
import { loadIndicatorReport } from '@/lib/server/indicators/load-report';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  // One young teacher, in Школа 2.
  await t.db.insert(people).values({ organizationId: tree.orgs.s2.id, lastName: 'Молодова', firstName: 'Анна', personalDataConsent: true, birthDate: '2000-01-01', pedagogicalStart: '2026-09-01' });
});
afterAll(() => t.close());

async function read(unitId: string | undefined, scope = tree.scopes.region) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await indicatorWorkbook(await loadIndicatorReport(t.db, scope, { unitId, referenceDate: '2026-12-20' }))) as never);
  return book;
}

describe('the indicators workbook', () => {
  it('has the key indicators and a sheet per district and per school for the region', async () => {
    const book = await read(undefined);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Ключевые показатели', 'Муниципалитеты', 'Организации']);
    const key = book.getWorksheet('Ключевые показатели')!;
    expect(String(key.getCell('A1').value)).toContain('на 20.12.2026');
    expect(key.getRow(4).values).toEqual([undefined, 1, expect.stringContaining('реализующих ЦМН'), '%', '100 % школ (ежегодно)', 100, 0, '0 из 3 ОО', 'нет']);
    const coverage = key.getRow(6).values as unknown[];
    expect(coverage.slice(5, 9)).toEqual([70, 0, '0 из 1 чел.', 'нет']);
    const districts = book.getWorksheet('Муниципалитеты')!;
    expect(districts.getRow(2).getCell(1).value).toBe('Район 1');
    expect(districts.getRow(3).getCell(2).value).toBe(1);
    const schools = book.getWorksheet('Организации')!;
    expect(schools.rowCount).toBe(4);
    expect(schools.getRow(4).getCell(2).value).toBe('Школа 2');
  });

  it('for a district lists its schools only', async () => {
    const book = await read(undefined, tree.scopes.district1);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Ключевые показатели', 'Организации']);
    const schools = book.getWorksheet('Организации')!;
    expect([2, 3].map((r) => schools.getRow(r).getCell(1).value)).toEqual(['Школа 1А', 'Школа 1Б']);
    expect(schools.rowCount).toBe(3);
  });
});
