// Notifications in Chromium: the coordinator issues a district order and reminds those who
// have not acknowledged it; a head sees the unread count in the menu, finds the notice in the
// inbox, opens it — the order's page — and the count goes down, also on a page the page
// cache has served before.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@/db/seed';
import { appUrl, launchBrowser, logIn } from '../support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function signedIn(email: string, viewport?: { width: number; height: number }): Promise<BrowserContext> {
  const context = await browser.newContext(viewport ? { viewport, isMobile: true, hasTouch: true } : {});
  await logIn(await context.newPage(), email, DEMO_PASSWORD);
  return context;
}

const inboxLink = (page: Page) => page.locator('nav').getByRole('link', { name: /^Уведомления/ });
const unreadOf = async (page: Page) => Number(/\((\d+)\)/.exec((await inboxLink(page).textContent()) ?? '')?.[1] ?? 0);

describe('notifications of a district order', () => {
  let orderPath: string;

  it('the coordinator issues the order, then reminds every head who has not acknowledged it, once a day', async () => {
    const context = await signedIn('district@nastavnik.demo');
    const page = context.pages()[0]!;
    await page.goto(appUrl('/district/orders'));
    await page.getByRole('link', { name: /Об утверждении муниципального положения/ }).click();
    await page.getByRole('button', { name: 'Сохранить проект приказа' }).click();
    await page.waitForURL(/\/district\/orders\/[0-9a-f-]{36}$/);
    orderPath = new URL(page.url()).pathname;
    await page.getByRole('button', { name: 'Издать и присвоить номер' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Издать', exact: true }).click();
    await page.locator('[data-reminder]').waitFor();

    let question = '';
    page.once('dialog', (d) => {
      question = d.message();
      void d.accept();
    });
    await page.getByRole('button', { name: 'Напомнить не ознакомившимся' }).click();
    await page.locator('[data-reminder] .form-ok').waitFor();
    expect(question).toBe('Отправить напоминание 28 руководителям, не ознакомившимся с приказом? Они получат уведомление в системе и письмо на почту.');
    await expect(page.locator('[data-reminder] .form-ok').textContent()).resolves.toBe('Напоминание отправлено 28 руководителям.');
    // After the refresh a second reminder today is not offered.
    await page.getByText('Сегодня напоминание уже отправлено всем, кто не ознакомился.', { exact: false }).waitFor();
    await expect(page.getByRole('button', { name: 'Напомнить не ознакомившимся' }).isDisabled()).resolves.toBe(true);
    await context.close();
  });

  it('a head sees the unread count, finds the notices in the inbox and opens the order from one', async () => {
    const context = await signedIn('head1@nastavnik.demo');
    const page = context.pages()[0]!;
    const before = await unreadOf(page);
    // The order issued and the reminder, besides whatever the school's own state calls for.
    expect(before).toBeGreaterThanOrEqual(2);
    await inboxLink(page).click();
    await page.waitForURL('**/notifications');
    const issued = page.locator('[data-notification="unread"]', { hasText: 'Новый документ для ознакомления: Об утверждении положения' });
    await expect(issued.count()).resolves.toBe(1);
    await expect(page.locator('[data-notification="unread"]', { hasText: 'Напоминание: ознакомьтесь с приказом №' }).count()).resolves.toBe(1);

    await issued.getByRole('link').click();
    const id = orderPath.split('/').pop()!;
    await page.waitForURL(`**/documents/${id}`);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/^Об утверждении положения о системе наставничества/);
    await page.getByRole('button', { name: 'Ознакомлен(а)' }).or(page.locator('[data-no-hr-consent]')).first().waitFor();

    // A full load of the dashboard (possibly a page-cache entry from the sign-in) shows one fewer.
    await page.goto(appUrl('/dashboard'));
    expect(await unreadOf(page)).toBe(before - 1);
    await page.goto(appUrl('/notifications'));
    await expect(page.locator('[data-notification="read"]', { hasText: 'Новый документ для ознакомления' }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Отметить все прочитанными' }).click();
    await page.getByText('Все уведомления прочитаны.').waitFor();
    await expect(inboxLink(page).textContent()).resolves.toBe('Уведомления');
    await context.close();
  });

  it("the school's curator, to whom the order is not addressed, has no notice of it", async () => {
    const context = await signedIn('vorontsova.in@school1.biysk.example');
    const page = context.pages()[0]!;
    await page.goto(appUrl('/notifications'));
    await page.locator('h1', { hasText: 'Уведомления' }).waitFor();
    await expect(page.locator('[data-notification]', { hasText: 'Об утверждении положения' }).count()).resolves.toBe(0);
    await context.close();
  });

  it('at 390 px the inbox with notices and the order with its reminder fit the screen', async () => {
    const wide = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
    for (const [email, path] of [
      ['head1@nastavnik.demo', '/notifications'],
      ['district@nastavnik.demo', orderPath],
    ] as const) {
      const context = await signedIn(email, { width: 390, height: 844 });
      const page = context.pages()[0]!;
      await page.goto(appUrl(path));
      await page.locator(path === '/notifications' ? '[data-notification]' : '[data-reminder]').first().waitFor();
      expect(await wide(page), path).toBeLessThanOrEqual(390);
      await context.close();
    }
  });

  it('at 390 px, where the inbox link hides in the menu, the «Меню» button carries the unread count', async () => {
    const context = await signedIn('head2@nastavnik.demo', { width: 390, height: 844 });
    const page = context.pages()[0]!;
    const button = page.getByRole('button', { name: /^Меню, непрочитанных уведомлений: \d+$/ });
    await button.waitFor();
    const count = Number(/(\d+)$/.exec((await button.getAttribute('aria-label')) ?? '')?.[1]);
    expect(count).toBeGreaterThanOrEqual(2);
    await expect(button.locator('.badge').textContent()).resolves.toBe(String(count));
    await context.close();
  });
});
