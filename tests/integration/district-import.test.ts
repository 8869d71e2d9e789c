// Importing a district's school list: preview with Russian row errors, registration of every
// school with its head's account in one transaction, generated passwords that work and are
// written nowhere, and nothing registered when any row is wrong.
import { count, eq, inArray, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, organizations, users } from '@/db/schema';
import { verifyPassword } from '@/lib/server/auth/password';
import { checkSchoolList, importSchools } from '@/lib/server/district/import-schools';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { asUser, buildTree, type Tree } from '../support/tree';

let t: TestDatabase;
let tree: Tree;
beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
});
afterAll(() => t.close());

const HEADER = 'Полное наименование;Краткое наименование;Должность руководителя;ФИО руководителя;Email руководителя';
const line = (n: number, email = `head${n}@import.ru`) => `Муниципальное бюджетное общеобразовательное учреждение «Школа № ${n}»;МБОУ «Школа № ${n}»;Директор;Иванов${n === 1 ? '' : 'а'} Иван${n === 1 ? '' : 'а'} Сергеев${n === 1 ? 'ич' : 'на'};${email}`;
const csvFile = (...lines: string[]) => new File([lines.join('\n')], 'школы.csv', { type: 'text/csv' });

async function totals() {
  const [o] = await t.db.select({ n: count() }).from(organizations);
  const [u] = await t.db.select({ n: count() }).from(users);
  return { orgs: o!.n, users: u!.n };
}

const run = (file: File, scope = tree.scopes.district1) => asUser(t.db, scope, (ctx) => importSchools(ctx, { file }));

describe('school list import', () => {
  it('previews rows and names the errors, including clashes with registered schools and accounts', async () => {
    const file = csvFile(HEADER, line(1), line(2, 'head1a@test.ru'), `;Школа 1А;Директор;Петров Пётр;bad`);
    const check = await checkSchoolList(t.db, tree.scopes.district1, file);
    expect(check.rows.map((r) => r.shortName)).toEqual(['МБОУ «Школа № 1»']);
    expect(check.errors).toEqual([
      { line: 3, messages: ['Пользователь с таким адресом электронной почты уже зарегистрирован.'] },
      { line: 4, messages: ['Заполните поле «Полное наименование».', 'Неверный адрес электронной почты.'] },
    ]);
  });

  it('registers nothing while any row is wrong', async () => {
    const before = await totals();
    const result = await run(csvFile(HEADER, line(1), line(2), line(3, 'head1b@test.ru')));
    expect(result).toEqual({ imported: [], errors: [{ line: 4, messages: ['Пользователь с таким адресом электронной почты уже зарегистрирован.'] }] });
    expect(await totals()).toEqual(before);
  });

  it('registers every school with a head account whose one-time password works, must be changed and is stored nowhere in clear', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Лист1');
    for (const row of [HEADER, line(1), line(2)]) ws.addRow(row.split(';'));
    const file = new File([Buffer.from(await wb.xlsx.writeBuffer())], 'школы.xlsx');
    const { imported, errors } = await run(file);
    expect(errors).toEqual([]);
    expect(imported.map((s) => [s.line, s.shortName, s.email, s.headName])).toEqual([
      [2, 'МБОУ «Школа № 1»', 'head1@import.ru', 'Иванов Иван Сергеевич'],
      [3, 'МБОУ «Школа № 2»', 'head2@import.ru', 'Иванова Ивана Сергеевна'],
    ]);
    for (const s of imported) {
      expect(s.password).toMatch(/^[a-zA-Z2-9]{16}$/);
      const [account] = await t.db.select().from(users).where(eq(users.email, s.email));
      // A one-time password: the head replaces it at the first sign-in.
      expect(account).toMatchObject({ role: 'school_head', organizationId: s.id, isActive: true, mustChangePassword: true });
      expect(await verifyPassword(s.password, account!.passwordHash)).toBe(true);
      const [leak] = await t.db.select({ n: count() }).from(auditLog).where(sql`${auditLog.after}::text like ${`%${s.password}%`}`);
      expect(leak!.n).toBe(0);
    }
    const [school] = await t.db.select().from(organizations).where(eq(organizations.id, imported[0]!.id));
    expect(school).toMatchObject({ kind: 'school', parentId: tree.orgs.d1.id, city: 'г. Тестовск', orderSuffix: '-од', headLastName: 'Иванов', headMiddleName: 'Сергеевич' });
    expect(school!.path).toBe(`${tree.orgs.d1.path}${school!.id}/`);
    // Importing the same list again is refused row by row.
    expect((await run(file)).errors.map((e) => e.line)).toEqual([2, 3]);
  });

  it('two imports racing with the same list: one registers everything, the other nothing', async () => {
    const file = () => csvFile(HEADER, line(7), line(8), line(9));
    const results = await Promise.allSettled([run(file()), run(file())]);
    expect(results.filter((r) => r.status === 'fulfilled' && r.value.imported.length === 3)).toHaveLength(1);
    const loser = results.find((r) => !(r.status === 'fulfilled' && r.value.imported.length === 3))!;
    if (loser.status === 'fulfilled') expect(loser.value.errors.length).toBeGreaterThan(0);
    const names = ['МБОУ «Школа № 7»', 'МБОУ «Школа № 8»', 'МБОУ «Школа № 9»'];
    const [schools] = await t.db.select({ n: count() }).from(organizations).where(inArray(organizations.shortName, names));
    expect(schools!.n).toBe(3);
  });

  it('a bad file is refused in Russian and changes nothing', async () => {
    const before = await totals();
    await expect(run(new File([Buffer.from('PK\u0003\u0004broken')], 'x.xlsx'))).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('XLSX') });
    expect((await run(csvFile('какая-то;таблица', '1;2'))).errors[0]!.messages[0]).toMatch(/Не найдена строка заголовков/);
    expect(await totals()).toEqual(before);
  });

  it('only a municipality imports, and each district only into itself', async () => {
    await expect(run(csvFile(HEADER, line(20)), tree.scopes.head1a)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(run(csvFile(HEADER, line(20)), tree.scopes.region)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The same school name is free in another district.
    const { imported } = await run(csvFile(HEADER, line(1, 'other@import.ru')), tree.scopes.district2);
    const [school] = await t.db.select().from(organizations).where(eq(organizations.id, imported[0]!.id));
    expect(school!.parentId).toBe(tree.orgs.d2.id);
  });
});
