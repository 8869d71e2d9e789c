// The staff import on a real database: an XLSX upload read and mapped, the preview and the
// commit checking the same rules, all rows or none, formula strings kept as text, the
// personal-data gate, duplicates, and a double submit that writes nothing twice.
import fs from 'node:fs';
import path from 'node:path';
import { and, count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, people } from '@/db/schema';
import { guessMapping } from '@/lib/domain/import/columns';
import { staffFileSchema, staffImportSchema } from '@/lib/domain/validations/person';
import { importStaff } from '@/lib/server/people/import-staff';
import { previewStaffImport } from '@/lib/server/people/preview-staff-import';
import { readStaffFile } from '@/lib/server/people/read-staff-file';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { asUser, buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
});
afterAll(() => t.close());

const HEADER = ['Фамилия', 'Имя', 'Отчество', 'Должность', 'Предметы', 'Дата рождения', 'Дата начала педагогической деятельности'];

function importInput(rows: string[][], consent = true, header = HEADER) {
  return staffImportSchema.parse({
    rows: [header, ...rows],
    headerRow: 0,
    mapping: guessMapping(header),
    personalDataConsent: consent,
    personalDataConsentDate: consent ? '2025-09-01' : '',
  });
}

const commit = (rows: string[][], consent = true, scope = tree.scopes.curator1a) => asUser(t.db, scope, (ctx) => importStaff(ctx, importInput(rows, consent)));
const staffOf = (orgId: string) => t.db.select().from(people).where(eq(people.organizationId, orgId));
const staffCount = async (orgId = tree.orgs.s1a.id) => (await t.db.select({ n: count() }).from(people).where(eq(people.organizationId, orgId)))[0]!.n;

describe('reading the upload', () => {
  it('reads an XLSX file, finds the header under a title row and guesses the columns', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Лист1');
    ws.addRow(['Список педагогических работников']);
    ws.addRow(['Ф.И.О.', 'Должность', 'Дата рождения']);
    ws.addRow(['Зайцева Ольга Петровна', { formula: '"учитель"&" химии"', result: 'учитель химии' }, new Date(Date.UTC(1979, 2, 4))]);
    const file = new File([await wb.xlsx.writeBuffer()], 'Сотрудники.xlsx');
    const sheet = await asUser(t.db, tree.scopes.curator1a, (ctx) => readStaffFile(ctx, staffFileSchema.parse({ file })));
    expect(sheet.headerRow).toBe(1);
    expect(sheet.mapping).toMatchObject({ fullName: 0, position: 1, birthDate: 2, lastName: null });
    expect(sheet.rows[2]).toEqual(['Зайцева Ольга Петровна', '="учитель"&" химии"', '1979-03-04']);
  });

  it('refuses a file over 2 MB and an empty one with Russian messages', () => {
    const big = staffFileSchema.safeParse({ file: new File([new Uint8Array(2 * 1024 * 1024 + 1)], 'big.xlsx') });
    expect(big.error?.issues[0]?.message).toBe('Файл больше 2 МБ: сохраните в нём только список сотрудников.');
    expect(staffFileSchema.safeParse({ file: new File([], 'empty.csv') }).error?.issues[0]?.message).toBe('Файл пустой.');
    expect(staffFileSchema.safeParse({}).error?.issues[0]?.message).toBe('Выберите файл XLSX или CSV.');
  });

  it('reads the Windows-1251 CSV fixture and previews it without writing', async () => {
    const file = new File([fs.readFileSync(path.join(__dirname, '../fixtures/staff/staff-cp1251.csv'))], 'staff.csv');
    const sheet = await asUser(t.db, tree.scopes.curator1a, (ctx) => readStaffFile(ctx, { file }));
    const before = await staffCount();
    const check = await asUser(t.db, tree.scopes.curator1a, (ctx) =>
      previewStaffImport(ctx, staffImportSchema.parse({ ...sheet, personalDataConsent: true, personalDataConsentDate: '2025-09-01' })),
    );
    expect(check.errorLines).toEqual([]);
    expect(check.rows.map((r) => r.person?.lastName)).toEqual(['Ёлкина', 'Щербаков']);
    expect(check.rows[0]!.person).toMatchObject({ subjects: ['русский язык', 'литература'], birthDate: '1994-04-12', pedagogicalStart: '2021-09-01' });
    expect(await staffCount()).toBe(before);
  });
});

describe('committing', () => {
  it('writes nothing when one row of many is bad, and names the row', async () => {
    const before = await staffCount();
    const auditsBefore = (await t.db.select({ n: count() }).from(auditLog))[0]!.n;
    await expect(
      commit([
        ['Абрамова', 'Вера', 'Львовна', 'учитель', '', '01.02.1980', '01.09.2002'],
        ['Борисов', 'Глеб', 'Ильич', 'учитель', '', '31.02.2020', ''],
        ['Власова', 'Дина', '', 'учитель', '', '', ''],
      ]),
    ).rejects.toMatchObject({ code: 'VALIDATION', message: 'Ничего не записано: исправьте строку 3 и загрузите файл снова.' });
    expect(await staffCount()).toBe(before);
    expect((await t.db.select({ n: count() }).from(auditLog))[0]!.n).toBe(auditsBefore);
  });

  it('writes every row in one go, keeping formula strings as plain text', async () => {
    const before = await staffCount();
    const result = await commit([
      ['Григорьева', 'Елена', 'Олеговна', '=HYPERLINK("http://evil.example","учитель")', '+7 предметов, @SUM(A1), -1', '15.06.1985', '2010-09-01'],
      ['Давыдов', 'Жан', '', 'учитель физкультуры', 'физическая культура', '', ''],
    ]);
    expect(result).toEqual({ count: 2 });
    expect(await staffCount()).toBe(before + 2);
    const [g] = await t.db
      .select()
      .from(people)
      .where(and(eq(people.organizationId, tree.orgs.s1a.id), eq(people.lastName, 'Григорьева')));
    expect(g).toMatchObject({
      position: '=HYPERLINK("http://evil.example","учитель")',
      subjects: ['+7 предметов', '@SUM(A1)', '-1'],
      birthDate: '1985-06-15',
      pedagogicalStart: '2010-09-01',
      personalDataConsent: true,
      personalDataConsentDate: '2025-09-01',
    });
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'people.import'));
    expect(audit!.after).toMatchObject({ count: 2, personalData: true });
  });

  it('refuses a second commit of the same file (double submit): duplicates of existing staff', async () => {
    const rows = [['Ершова', 'Зоя', 'Ивановна', 'учитель', '', '', '']];
    await commit(rows);
    const before = await staffCount();
    await expect(commit(rows)).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('строку 2') });
    const check = await asUser(t.db, tree.scopes.curator1a, (ctx) => previewStaffImport(ctx, importInput(rows)));
    expect(check.rows[0]!.errors).toEqual(['Такой сотрудник уже есть в списке школы: Ершова Зоя Ивановна.']);
    expect(await staffCount()).toBe(before);
  });

  it('finds duplicates within the file and against the school staff', async () => {
    await t.db.insert(people).values({ organizationId: tree.orgs.s1a.id, lastName: 'Лаптев', firstName: 'Марк', middleName: 'Ильич' });
    const check = await asUser(t.db, tree.scopes.curator1a, (ctx) =>
      previewStaffImport(
        ctx,
        importInput([
          ['Жуков', 'Илья', '', 'учитель', '', '', ''],
          ['жуков', 'Илья', '', 'учитель', '', '', ''],
          ['ЛАПТЕВ', 'Марк', 'Ильич', 'учитель', '', '', ''],
        ]),
      ),
    );
    expect(check.rows.map((r) => r.errors)).toEqual([[], ['Повторяет строку 2.'], ['Такой сотрудник уже есть в списке школы: Лаптев Марк Ильич.']]);
  });

  it('a namesake in another school is no duplicate', async () => {
    await t.db.insert(people).values({ organizationId: tree.orgs.s1b.id, lastName: 'Мухина', firstName: 'Нина', middleName: 'Олеговна' });
    const check = await asUser(t.db, tree.scopes.curator1a, (ctx) =>
      previewStaffImport(ctx, importInput([['Мухина', 'Нина', 'Олеговна', 'учитель', '', '', '']])),
    );
    expect(check.errorLines).toEqual([]);
  });
});

describe('the personal-data gate (152-ФЗ)', () => {
  it('drops birth date and pedagogical start without the confirmed consent, and says so', async () => {
    const input = importInput([['Зуева', 'Инна', 'Петровна', 'учитель', '', '01.01.1990', '01.09.2015']], false);
    const check = await asUser(t.db, tree.scopes.curator1a, (ctx) => previewStaffImport(ctx, input));
    expect(check.personalDataDropped).toBe(true);
    await asUser(t.db, tree.scopes.curator1a, (ctx) => importStaff(ctx, input));
    const [row] = await t.db.select().from(people).where(eq(people.lastName, 'Зуева'));
    expect(row).toMatchObject({ birthDate: null, pedagogicalStart: null, personalDataConsent: false, personalDataConsentDate: null });
  });

  it('requires the date of the consent when the consent is confirmed', () => {
    const result = staffImportSchema.safeParse({
      rows: [HEADER],
      headerRow: 0,
      mapping: guessMapping(HEADER),
      personalDataConsent: true,
      personalDataConsentDate: '',
    });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['Укажите дату согласия на обработку персональных данных.']);
  });

  it('requires a name column in the mapping', () => {
    const result = staffImportSchema.safeParse({
      rows: [HEADER],
      headerRow: 0,
      mapping: { ...guessMapping(HEADER), lastName: null },
      personalDataConsent: false,
    });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['Укажите столбец «ФИО» или столбцы «Фамилия» и «Имя».']);
  });
});

describe('tenancy', () => {
  it('imports into the caller’s own school only', async () => {
    await commit([['Иванцова', 'Кира', '', 'учитель', '', '', '']], true, tree.scopes.head1b);
    expect((await staffOf(tree.orgs.s1b.id)).some((p) => p.lastName === 'Иванцова')).toBe(true);
    expect((await staffOf(tree.orgs.s1a.id)).some((p) => p.lastName === 'Иванцова')).toBe(false);
  });

  it('a district account has no staff list to import into', async () => {
    await expect(commit([['Кузина', 'Лада', '', '', '', '', '']], true, tree.scopes.district1)).rejects.toMatchObject({ code: 'VALIDATION' });
    expect((await t.db.select().from(people).where(eq(people.lastName, 'Кузина'))).length).toBe(0);
  });
});
