// The class-list import on a phone (390 px) as the demo curator: a row error names its row and
// column and nothing is written; the fixed file goes in; the class shows with its pupils in
// Russian order; the pupil's card takes a parent with the authority document. Every page of
// the way fits the screen.
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@/db/seed';
import { readSheet } from '@/lib/domain/import/read-sheet';
import { checkPupilRows, guessPupilMapping } from '@/lib/domain/students/import-pupils';
import { appUrl, launchBrowser, logIn } from '../support/browser';
import { downloadBy } from '../support/e2e-files';
import { overflowReport, smallTargets } from '../support/layout-probe';

const CURATOR = 'vorontsova.in@school1.biysk.example';
const PHONE = { width: 390, height: 844 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function classXlsx(secondBirth: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('6В');
  ws.addRow(['Список обучающихся 6 В класса']);
  ws.addRow(['№', 'ФИО обучающегося', 'Дата рождения', 'Класс', 'ФИО родителя (законного представителя)', 'Кем приходится']);
  ws.addRow([1, 'Шевчук Яна Игоревна', new Date(Date.UTC(2014, 4, 6)), '6 в', 'Шевчук Игорь Павлович', 'отец']);
  ws.addRow([2, 'Абрамов Илья Лев', secondBirth, '6-в', '', '']);
  ws.addRow([3, 'Ёлкин Матвей Сергеевич', '17.09.2013', '6В', '', '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(page: Page, buffer: Buffer) {
  await page.locator('#pupil-file').setInputFiles({ name: 'список 6В.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await page.getByRole('button', { name: 'Загрузить файл' }).click();
  await page.getByText('Файл «список 6В.xlsx»: строка заголовков — 2.').waitFor();
}

async function fits(page: Page) {
  const report = await overflowReport(page);
  expect({ path: new URL(page.url()).pathname, ...report }).toMatchObject({ scrollWidth: PHONE.width, offenders: [] });
  expect(await smallTargets(page)).toEqual([]);
}

describe('pupils on a phone', () => {
  it('imports a class list, shows the class, opens a pupil and adds a parent', async () => {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await logIn(page, CURATOR, DEMO_PASSWORD);
    await page.goto(appUrl('/students'));
    await page.getByRole('heading', { name: /^Обучающиеся/ }).waitFor();
    // The demo school's classes are there; 6В is not yet.
    const before = (await page.getByTestId('classes').textContent()) ?? '';
    expect(before).toContain('7Б — 6');
    expect(before).not.toContain('6В');
    await fits(page);

    await page.getByRole('link', { name: 'Загрузить список класса' }).click();
    await page.waitForURL('**/students/import');
    // The template's columns are the ones the import recognizes, and its example row passes.
    const template = await downloadBy(page, () => page.getByRole('link', { name: 'Скачать образец (XLSX)' }).click());
    const rows = await readSheet(new Uint8Array(template.bytes), template.name);
    const mapping = guessPupilMapping(rows[0]!);
    expect(mapping).toMatchObject({ fullName: 0, birthDate: 1, schoolClass: 2, guardianFullName: 3, guardianRelation: 4 });
    expect(checkPupilRows({ rows, headerRow: 0, mapping, defaultClass: '' }, [], '2026-12-07').errorLines).toEqual([]);
    await upload(page, await classXlsx('32.01.2014'));
    await expect(page.getByTestId('import-errors').textContent()).resolves.toContain('Строка 4, столбец C «Дата рождения»: «32.01.2014» — такой даты нет в календаре.');
    expect(await page.getByRole('button', { name: /Загрузить обучающихся/ }).count()).toBe(0);
    await fits(page);

    await upload(page, await classXlsx('01.02.2014'));
    await page.getByText('Ошибок нет: к загрузке обучающихся — 3.').waitFor();
    await page.getByRole('button', { name: 'Загрузить обучающихся: 3' }).click();
    await page.waitForURL('**/students?imported=3');
    await page.getByText('Загружено обучающихся: 3.').waitFor();

    await page.getByRole('link', { name: '6В — 3' }).click();
    await page.getByRole('heading', { name: '6В класс' }).waitFor();
    const names = await page.getByTestId('pupils').locator('tbody tr td:nth-child(2)').allTextContents();
    expect(names).toEqual(['Абрамов Илья Лев', 'Ёлкин Матвей Сергеевич', 'Шевчук Яна Игоревна']);
    await fits(page);

    await page.getByRole('link', { name: 'Ёлкин Матвей Сергеевич' }).click();
    await page.getByRole('heading', { name: 'Ёлкин Матвей Сергеевич' }).waitFor();
    await page.getByText('Представитель не указан').waitFor();
    const add = page.locator('details', { hasText: 'Добавить представителя' });
    await add.getByLabel('Фамилия').fill('Ёлкина');
    await add.getByLabel('Имя').fill('Любовь');
    await add.getByLabel('Отчество').fill('Ивановна');
    await add.getByLabel('Кем приходится').selectOption('mother');
    await add.getByLabel('Документ, подтверждающий полномочия').fill('свидетельство о рождении III-ТО № 512399 от 02.10.2013');
    await add.getByRole('button', { name: 'Добавить представителя' }).click();
    await page.getByText('Ёлкина Любовь Ивановна — мать; свидетельство о рождении III-ТО № 512399 от 02.10.2013').waitFor();
    await fits(page);

    // The parent declines as the consent will print it.
    await page.locator('summary', { hasText: 'Ёлкина Любовь Ивановна' }).click();
    await expect(page.getByTestId('guardians').getByTestId('declined-name').textContent()).resolves.toContain('Ёлкиной Любови Ивановны');
    await context.close();
  });

  it('the other pages of pupils fit a phone screen', async () => {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await logIn(page, CURATOR, DEMO_PASSWORD);
    for (const [path, heading] of [
      ['/students/forms', 'Формы наставничества обучающихся'],
      ['/students/external', 'Внешние наставники обучающихся'],
      ['/students/settings', 'Настройки наставничества обучающихся'],
      ['/students/pupils/new', 'Новый обучающийся'],
    ] as const) {
      await page.goto(appUrl(path));
      await page.getByRole('heading', { name: heading }).waitFor();
      await fits(page);
    }
    // The demo mentors from outside the school are listed.
    await page.goto(appUrl('/students/external'));
    const list = (await page.getByTestId('external-mentors').textContent()) ?? '';
    expect(list).toContain('Белоусов Денис Андреевич');
    expect(list).toContain('представитель работодателя');
    await context.close();
  });
});
