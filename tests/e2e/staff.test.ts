// The staff import in Chromium as the demo curator: upload an XLSX, map a column the guess
// missed, see a row error, fix the file, commit, and find the staff in the list — then check
// the declined name on the edit page.
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@/db/seed';
import { appUrl, launchBrowser, logIn } from '../support/browser';

const CURATOR = 'vorontsova.in@school1.biysk.example';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function staffXlsx(birthOfSecond: Date | string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Сотрудники');
  ws.addRow(['Список педагогических работников на 01.09.2026']);
  ws.addRow(['Фамилия', 'Имя', 'Отчество', 'Должность', 'Преподаёт', 'Дата рождения', 'Дата начала педагогической деятельности']);
  ws.addRow(['Ёлкина', 'Алёна', 'Игоревна', 'учитель русского языка', 'русский язык, литература', new Date(Date.UTC(1994, 3, 12)), '01.09.2021']);
  ws.addRow(['Щербаков', 'Юлиан', 'Фёдорович', { formula: '"учитель "&"физики"', result: 'учитель физики' }, 'физика', birthOfSecond, '1993-09-01']);
  ws.addRow(['Тихонравова', 'Инесса', 'Павловна', 'педагог-психолог', '', '', '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(page: Page, buffer: Buffer) {
  await page.locator('#staff-file').setInputFiles({ name: 'сотрудники.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await page.getByRole('button', { name: 'Загрузить файл' }).click();
  await page.getByText('Файл «сотрудники.xlsx»: строк — 5.').waitFor();
  // The header sits under a title row; the guess finds it and every column but «Преподаёт».
  expect(await page.locator('#header-row').inputValue()).toBe('1');
  expect(await page.locator('#map-lastName').inputValue()).toBe('0');
  expect(await page.locator('#map-birthDate').inputValue()).toBe('5');
  expect(await page.locator('#map-subjects').inputValue()).toBe('');
  await page.locator('#map-subjects').selectOption({ label: 'E: Преподаёт' });
}

describe('staff import', () => {
  it('maps, shows a row error, takes the fixed file and lists the new staff', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, CURATOR, DEMO_PASSWORD);
    await page.goto(appUrl('/staff/import'));

    await page.getByRole('button', { name: 'Загрузить файл' }).click();
    await expect(page.locator('p.form-error').textContent()).resolves.toBe('Выберите файл XLSX или CSV.');

    await upload(page, await staffXlsx('31.02.1971'));
    await page.getByText('не будут загружены').waitFor();
    await page.getByLabel(/Школа располагает согласиями/).check();
    await page.getByRole('button', { name: 'Проверить' }).click();
    await expect(page.getByTestId('import-errors').textContent()).resolves.toContain('Ошибки в строках: 4.');
    await expect(page.locator('tr[data-line="4"]').textContent()).resolves.toContain('Дата рождения: «31.02.1971» — такой даты нет в календаре.');
    expect(await page.getByRole('button', { name: /Загрузить сотрудников/ }).count()).toBe(0);

    await upload(page, await staffXlsx(new Date(Date.UTC(1971, 1, 28))));
    await page.getByRole('button', { name: 'Проверить' }).click();
    await page.getByText('Ошибок нет: к загрузке сотрудников — 3.').waitFor();
    await expect(page.locator('tr[data-line="4"]').textContent()).resolves.toContain('="учитель "&"физики"');
    await page.getByRole('button', { name: 'Загрузить сотрудников: 3' }).click();

    await page.waitForURL('**/staff?imported=3');
    await page.getByText('Загружено сотрудников: 3.').waitFor();
    const table = (await page.getByTestId('staff').textContent()) ?? '';
    expect(table).toContain('Ёлкина Алёна Игоревна');
    expect(table).toContain('русский язык, литература');
    expect(table).toContain('Тихонравова Инесса Павловна');

    await page.getByRole('link', { name: 'Ёлкина Алёна Игоревна' }).click();
    await page.getByTestId('declined-name').waitFor();
    const declined = (await page.getByTestId('declined-name').textContent()) ?? '';
    expect(declined).toContain('Ёлкиной Алёны Игоревны');
    expect(declined).toContain('Ёлкиной Алёной Игоревной');
    expect(await page.getByLabel('Дата рождения').inputValue()).toBe('12.04.1994');
    await context.close();
  });
});
