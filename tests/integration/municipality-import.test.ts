// A regional operator imports the region's municipalities from a spreadsheet: row errors in
// Russian naming the row and the column, duplicates in the file and against registered
// municipalities and accounts refused, all or nothing, and each coordinator with a one-time
// password that works once and must be changed.
import { count, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, organizations, users } from '@/db/schema';
import { parseMunicipalityList } from '@/lib/domain/import/municipality-list';
import { readSheet } from '@/lib/domain/import/read-sheet';
import { authenticate } from '@/lib/server/auth/authenticate';
import { loadScope } from '@/lib/server/auth/scope';
import { checkMunicipalityList, importMunicipalities } from '@/lib/server/municipalities/import-municipalities';
import { listTemplateXlsx } from '@/lib/server/organizations/list-template';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { asUser, buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
});
afterAll(() => t.close());

const HEADER = 'Полное наименование;Краткое наименование;Населённый пункт;Должность руководителя;ФИО руководителя;ФИО координатора;Email координатора';
const line = (n: number, email = `coord${n}@import.ru`, shortName = `Управление образования № ${n}`) =>
  `Управление образования администрации района № ${n};${shortName};с. Район ${n};Начальник;Мищенко Ольга Викторовна;Громова Ирина Павловна;${email}`;
const csvFile = (...lines: string[]) => new File([lines.join('\n')], 'муниципалитеты.csv', { type: 'text/csv' });

async function totals() {
  const [o] = await t.db.select({ n: count() }).from(organizations);
  const [u] = await t.db.select({ n: count() }).from(users);
  return { orgs: o!.n, users: u!.n };
}

const run = (file: File, scope = tree.scopes.region) => asUser(t.db, scope, (ctx) => importMunicipalities(ctx, { file }));

describe('municipality list import', () => {
  it('names every bad row with its number and column, including duplicates in the file and against the registered', async () => {
    const file = csvFile(
      HEADER,
      line(1),
      line(2, 'D1@test.ru'),
      line(3, 'coord1@import.ru'),
      line(4, 'coord4@import.ru', 'управление образования № 1'),
      line(5, 'coord5@import.ru', 'Район 1'),
      ';Управление № 6;;Начальник;Мищенко О.В.;Громова;bad',
    );
    const check = await checkMunicipalityList(t.db, tree.scopes.region, file);
    expect(check.rows.map((r) => r.shortName)).toEqual(['Управление образования № 1']);
    expect(check.errors).toEqual([
      { line: 3, messages: ['Пользователь с таким адресом электронной почты уже зарегистрирован.'] },
      { line: 4, messages: ['Эл. почта координатора повторяет строку 2.'] },
      { line: 5, messages: ['Краткое наименование повторяет строку 2.'] },
      { line: 6, messages: ['Муниципалитет с таким кратким наименованием уже зарегистрирован.'] },
      {
        line: 7,
        messages: [
          'Имя и отчество руководителя укажите полностью, не инициалами.',
          'Укажите фамилию, имя и отчество координатора полностью.',
          'Заполните поле «Полное наименование».',
          'Заполните поле «Населённый пункт».',
          'Заполните поле «Фамилия руководителя».',
          'Заполните поле «Имя руководителя».',
          'Заполните поле «Фамилия координатора».',
          'Заполните поле «Имя координатора».',
          'Неверный адрес электронной почты.',
        ],
      },
    ]);
  });

  it('reports missing columns for the whole file', async () => {
    const check = await checkMunicipalityList(t.db, tree.scopes.region, csvFile('Краткое наименование;Фамилия;Email', 'Управление;Иванов;a@b.ru'));
    expect(check.errors).toEqual([
      { line: 0, messages: ['В файле нет столбцов: «Полное наименование», «Должность руководителя», «Населённый пункт», «ФИО руководителя», «ФИО координатора».'] },
    ]);
  });

  it('registers nothing while any row is wrong', async () => {
    const before = await totals();
    const result = await run(csvFile(HEADER, line(1), line(2), line(3, 'head1b@test.ru')));
    expect(result).toEqual({ imported: [], errors: [{ line: 4, messages: ['Пользователь с таким адресом электронной почты уже зарегистрирован.'] }] });
    expect(await totals()).toEqual(before);
  });

  it('registers every municipality under the region with a coordinator whose one-time password works and must be changed', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Лист1');
    ws.addRow(['Список муниципалитетов края']);
    for (const row of [HEADER, line(1), line(2)]) ws.addRow(row.split(';'));
    const file = new File([Buffer.from(await wb.xlsx.writeBuffer())], 'муниципалитеты.xlsx');
    const { imported, errors } = await run(file);
    expect(errors).toEqual([]);
    expect(imported.map((m) => [m.line, m.shortName, m.email, m.coordinatorName])).toEqual([
      [3, 'Управление образования № 1', 'coord1@import.ru', 'Громова Ирина Павловна'],
      [4, 'Управление образования № 2', 'coord2@import.ru', 'Громова Ирина Павловна'],
    ]);
    for (const m of imported) {
      expect(m.password).toMatch(/^[a-zA-Z2-9]{16}$/);
      const [org] = await t.db.select().from(organizations).where(eq(organizations.id, m.id));
      expect(org).toMatchObject({ kind: 'municipality', parentId: tree.orgs.region.id, path: `${tree.orgs.region.path}${m.id}/`, headLastName: 'Мищенко' });
      const user = await authenticate(t.db, { email: m.email, password: m.password }, 'x');
      expect(await loadScope(t.db, user.id)).toMatchObject({ role: 'district_coordinator', orgId: m.id, mustChangePassword: true });
      const [leak] = await t.db.select({ n: count() }).from(auditLog).where(sql`coalesce(${auditLog.after}::text, '') like ${`%${m.password}%`}`);
      expect(leak!.n).toBe(0);
    }
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'municipality.import'));
    expect(audit).toMatchObject({ organizationId: tree.orgs.region.id, after: { file: 'муниципалитеты.xlsx', municipalities: 2 } });
    // The same list again is refused row by row.
    expect((await run(file)).errors.map((e) => e.line)).toEqual([3, 4]);
  });

  it('only the region operator imports', async () => {
    const before = await totals();
    await expect(run(csvFile(HEADER, line(30)), tree.scopes.district1)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(run(csvFile(HEADER, line(30)), tree.scopes.head1a)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await totals()).toEqual(before);
  });

  it('the downloadable template is read back by the import with its example row', async () => {
    const { MUNICIPALITY_COLUMN_LABELS, MUNICIPALITY_TEMPLATE_COLUMNS, MUNICIPALITY_TEMPLATE_EXAMPLE } = await import('@/lib/domain/import/municipality-list');
    const bytes = await listTemplateXlsx(
      'Муниципалитеты',
      MUNICIPALITY_TEMPLATE_COLUMNS.map((c) => ({ header: MUNICIPALITY_COLUMN_LABELS[c], example: MUNICIPALITY_TEMPLATE_EXAMPLE[c] ?? '', width: 20 })),
    );
    const list = parseMunicipalityList(await readSheet(new Uint8Array(bytes), 'образец.xlsx'));
    expect(list.errors).toEqual([]);
    expect(list.rows).toEqual([expect.objectContaining({ line: 2, shortName: 'Комитет по образованию г. Рубцовска', coordinatorLastName: 'Громова' })]);
  });
});
