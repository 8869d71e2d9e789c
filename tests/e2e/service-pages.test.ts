// Putting it into service, in Chromium: the region operator imports municipalities from a
// spreadsheet (an oversized file is refused in the browser with the limit named, before it
// is sent), coordinators sign in with their one-time passwords; a school head reads the
// «Журнал действий» — a personal-data export in words, with its address — at 390 px, and
// another school's head does not see it whatever the URL says.
import { and, eq, inArray, like } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/client';
import { auditLog, organizations, people, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed';
import { appDatabaseUrl, appUrl, launchBrowser, logIn } from '../support/browser';
import { overflowReport } from '../support/layout-probe';

let browser: Browser;
const db = connect(appDatabaseUrl(), 2);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await db.pool.end();
});

async function signedIn(email: string, viewport = { width: 1280, height: 900 }): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  await logIn(page, email, DEMO_PASSWORD);
  return [context, page];
}

const HEADER = 'Полное наименование;Краткое наименование;Населённый пункт;Должность руководителя;ФИО руководителя;ФИО координатора;Email координатора';
const ROW = 'Комитет Администрации города Рубцовска по образованию;Комитет по образованию г. Рубцовска;г. Рубцовск;Председатель;Мищенко Ольга Викторовна;Громова Ирина Павловна;gromova@e2e.test';

describe('the municipality import', () => {
  it('refuses a file over 2 MB in the browser, naming the limit, and registers nothing', async () => {
    const [context, page] = await signedIn('region@nastavnik.demo');
    await page.locator('nav').getByRole('link', { name: 'Импорт списка муниципалитетов', exact: true }).click();
    await page.waitForURL('**/districts/import');
    const big = Buffer.alloc(3 * 1024 * 1024, 0x20);
    Buffer.from(`${HEADER}\n${ROW}\n`).copy(big);
    await page.getByLabel('Файл со списком муниципалитетов').setInputFiles({ name: 'муниципалитеты.csv', mimeType: 'text/csv', buffer: big });
    await expect(page.locator('p.form-error').textContent()).resolves.toMatch(/^Файл больше 2 МБ: /);
    await page.getByRole('button', { name: 'Проверить файл' }).click();
    await expect(page.locator('p.form-error').textContent()).resolves.toMatch(/^Файл больше 2 МБ: /);
    await expect(page.locator('[data-import-errors], [data-import-result]').count()).resolves.toBe(0);
    expect(await db.db.select().from(organizations).where(eq(organizations.shortName, 'Комитет по образованию г. Рубцовска'))).toHaveLength(0);
    await context.close();
  });

  it('registers the list; the coordinator signs in with the one-time password and is led to change it', async () => {
    const [context, page] = await signedIn('region@nastavnik.demo');
    await page.goto(appUrl('/districts/import'));
    const template = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Скачать образец таблицы (XLSX)' }).click()]);
    expect(template[0].suggestedFilename()).toBe('Список муниципалитетов (образец).xlsx');
    await page.getByLabel('Файл со списком муниципалитетов').setInputFiles({ name: 'муниципалитеты.csv', mimeType: 'text/csv', buffer: Buffer.from(`${HEADER}\n${ROW}\n`) });
    await page.getByRole('button', { name: 'Проверить файл' }).click();
    await page.getByRole('button', { name: /Зарегистрировать муниципалитеты \(1\)/ }).click();
    const password = (await page.locator('[data-import-result] code').textContent())!;
    expect(password).toMatch(/^[a-zA-Z2-9]{16}$/);
    await context.close();

    const coordinator = await browser.newContext();
    const login = await coordinator.newPage();
    await login.goto(appUrl('/login'));
    await login.getByLabel('Эл. почта').fill('gromova@e2e.test');
    await login.getByLabel('Пароль').fill(password);
    await login.getByRole('button', { name: 'Войти' }).click();
    await login.waitForURL('**/account');
    await coordinator.close();
  });
});

describe('the audit log page', () => {
  it('shows a head their school’s personal-data export in words, at 390 px without sideways scrolling', async () => {
    const [head] = await db.db.select({ orgId: users.organizationId, id: users.id }).from(users).where(eq(users.email, 'head1@nastavnik.demo'));
    const [person] = await db.db.select({ id: people.id, lastName: people.lastName }).from(people).where(eq(people.organizationId, head!.orgId)).limit(1);
    const [context, page] = await signedIn('head1@nastavnik.demo', { width: 390, height: 844 });
    const res = await page.request.get(appUrl(`/staff/${person!.id}/personal-data`));
    expect(res.status()).toBe(200);

    await page.goto(appUrl('/audit'));
    const log = page.locator('[data-audit-log]');
    await expect(log.textContent()).resolves.toContain('Выгрузка персональных данных сотрудника');
    await expect(log.textContent()).resolves.toContain(person!.lastName);
    await expect(log.textContent()).resolves.not.toMatch(/personal_data|\{"/);
    expect((await overflowReport(page)).scrollWidth).toBeLessThanOrEqual(390);

    // The filter: by action; a date range before today shows nothing.
    await page.getByLabel('Действие').selectOption({ label: 'Выгрузка персональных данных сотрудника' });
    await page.getByRole('button', { name: 'Показать' }).click();
    await page.waitForURL(/action=personal_data\.export/);
    await expect(log.locator('tbody tr').count()).resolves.toBe(1);
    await page.goto(appUrl('/audit?to=2020-01-01'));
    await page.getByText('Нет записей, подходящих под условия.').waitFor();
    await context.close();

    // Another school's head, with the first head's id in the URL, sees none of it.
    const [other, otherPage] = await signedIn('head2@nastavnik.demo');
    await otherPage.goto(appUrl(`/audit?actor=${head!.id}&action=personal_data.export`));
    await otherPage.getByText('Нет записей, подходящих под условия.').waitFor();
    await other.close();
    const rows = await db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'personal_data.export'), inArray(auditLog.organizationId, [head!.orgId])));
    expect(rows).toHaveLength(1);
  });

  it('is in the menu of heads, coordinators and the operator, not of curators', async () => {
    for (const email of ['district@nastavnik.demo', 'region@nastavnik.demo']) {
      const [context, page] = await signedIn(email);
      await page.locator('nav').getByRole('link', { name: 'Журнал действий', exact: true }).click();
      await page.waitForURL('**/audit');
      await page.locator('h1', { hasText: 'Журнал действий' }).waitFor();
      await context.close();
    }
    const [curator] = await db.db.select({ email: users.email }).from(users).where(and(eq(users.role, 'curator'), like(users.email, '%school1%')));
    const [context, page] = await signedIn(curator!.email);
    await expect(page.locator('nav').getByRole('link', { name: 'Журнал действий', exact: true }).count()).resolves.toBe(0);
    expect((await page.goto(appUrl('/audit')))?.status()).toBe(403);
    await context.close();
  });
});
