// What a person types while the page's scripts are still loading (a slow phone) is kept: the
// forms take over the typed values when they hydrate instead of resetting them to their defaults.
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@/db/seed';
import { appUrl, launchBrowser, logIn, submitLogin } from '../support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Holds the page's scripts back until the returned `release`, which says how many it held. */
async function holdScripts(page: Page): Promise<() => Promise<number>> {
  const held: Route[] = [];
  let holding = true;
  await page.route('**/_next/static/**/*.js', (route) => (holding ? held.push(route) : route.continue()));
  return async () => {
    holding = false;
    await Promise.all(held.map((r) => r.continue()));
    return held.length;
  };
}

describe('typing before the scripts have loaded', () => {
  it('signs in with what was typed into the login form', async () => {
    const page = await browser.newPage();
    const release = await holdScripts(page);
    await page.goto(appUrl('/login'), { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Эл. почта').fill('head1@nastavnik.demo');
    await page.getByLabel('Пароль').fill(DEMO_PASSWORD);
    await expect(release()).resolves.toBeGreaterThan(0);
    await submitLogin(page);
    await page.close();
  });

  it('keeps what was typed into a form of the app', async () => {
    const page = await browser.newPage();
    await logIn(page, 'head1@nastavnik.demo', DEMO_PASSWORD);
    const release = await holdScripts(page);
    await page.goto(appUrl('/account'), { waitUntil: 'domcontentloaded' });
    const field = page.getByLabel('Текущий пароль');
    await field.fill('набрано до загрузки');
    await expect(release()).resolves.toBeGreaterThan(0);
    // Hydrated: the form enables its button.
    await page.waitForFunction(() => document.querySelector('button[type=submit]:not([disabled])'));
    await expect(field.inputValue()).resolves.toBe('набрано до загрузки');
    await page.close();
  });
});
