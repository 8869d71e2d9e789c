// Every role signs in with the demo data and sees its own dashboard.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoLogins } from '@/db/seed';
import { appUrl, launchBrowser, logIn } from '../support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const login = (role: string) => demoLogins().find((l) => l.role === role)!.email;

describe('sign-in and dashboards', () => {
  it('redirects an anonymous visitor to the Russian login page', async () => {
    const page = await browser.newPage();
    await page.goto(appUrl('/dashboard'));
    expect(new URL(page.url()).pathname).toBe('/login');
    await expect(page.locator('h1').textContent()).resolves.toBe('Наставник');
    await page.close();
  });

  it('shows a Russian message for a wrong password and keeps the user on the login page', async () => {
    const page = await browser.newPage();
    await page.goto(appUrl('/login'));
    await page.getByLabel('Эл. почта').fill(login('Руководитель ОО'));
    await page.getByLabel('Пароль').fill('wrong-password');
    await page.getByRole('button', { name: 'Войти' }).click();
    await expect(page.locator('p.form-error').textContent()).resolves.toBe('Неверный адрес электронной почты или пароль.');
    await page.getByLabel('Эл. почта').fill('not-an-email');
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByText('Неверный адрес электронной почты.').waitFor();
    await page.close();
  });

  const cases: [string, RegExp][] = [
    ['Региональный оператор', /муниципалитеты/],
    ['Муниципальный координатор', /Управление образования/],
    ['Руководитель ОО', /путь внедрения наставничества/],
    ['Куратор', /путь внедрения наставничества/],
    ['Педагог', /Дурново Лев Андреевич/],
  ];
  for (const [role, heading] of cases) {
    it(`${role} sees their dashboard`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await logIn(page, login(role), DEMO_PASSWORD);
      await expect(page.locator('h1').first().textContent()).resolves.toMatch(heading);
      await expect(page.locator('nav').textContent()).resolves.toContain(role);
      if (role === 'Региональный оператор') await page.getByRole('cell', { name: /Бийска/ }).waitFor();
      if (role === 'Муниципальный координатор') await expect(page.locator('.stat').first().textContent()).resolves.toBe('28');
      if (role === 'Куратор') {
        expect(await page.locator('[data-step]').count()).toBe(9);
        await expect(page.locator('[data-step="3"]').textContent()).resolves.toContain('Сотрудников в базе: 40');
        // A status badge is one line high whatever the height of its step's row, and centred in it.
        for (const step of await page.locator('[data-step]').all()) {
          const row = (await step.boundingBox())!;
          const badge = (await step.locator('.badge').boundingBox())!;
          expect(badge.height).toBeLessThan(30);
          expect(Math.abs(badge.y + badge.height / 2 - (row.y + row.height / 2))).toBeLessThan(4);
        }
      }
      await page.getByRole('button', { name: 'Выйти' }).click();
      await page.waitForURL('**/login');
      await context.close();
    });
  }
});
