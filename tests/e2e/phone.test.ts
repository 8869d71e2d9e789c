// Phones (issue 12, item 1): at 390×844 every main page of every role fits the screen — no
// sideways scrolling of the page, wide tables scroll in their own box — the navigation folds
// into a menu that works from the keyboard, controls are big enough to tap, and a school
// head acknowledges a district order from a phone. At 1366 px no page is wider than the window.
import { inArray } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/client';
import { users } from '@/db/schema';
import { DEMO_PASSWORD, demoLogins } from '@/db/seed';
import { appDatabaseUrl, appUrl, launchBrowser, logIn } from '../support/browser';
import { linkedPages, overflowReport, pageShape, smallTargets } from '../support/layout-probe';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };
const HEAD = 'head1@nastavnik.demo';

let browser: Browser;
const db = connect(appDatabaseUrl(), 2);

beforeAll(async () => {
  browser = await launchBrowser();
  // The head agreed to electronic HR documents (ст. 22.1 ТК РФ), so the in-app acknowledgement counts.
  await db.db.update(users).set({ electronicHrConsent: true }).where(inArray(users.email, [HEAD]));
});
afterAll(async () => {
  await browser?.close();
  await db.pool.end();
});

async function signedIn(email: string, viewport: { width: number; height: number }): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({ viewport, isMobile: viewport.width < 500, hasTouch: viewport.width < 500 });
  const page = await context.newPage();
  await logIn(page, email, DEMO_PASSWORD);
  return [context, page];
}

const navPaths = (page: Page) =>
  page.$$eval('nav a[href^="/"]', (links) => [...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))]);

const roles = demoLogins().map((l) => [l.role, l.email] as const);

describe('at 390×844', () => {
  for (const [role, email] of roles) {
    it(`${role}: no main page scrolls sideways, every control can be tapped`, async () => {
      const [context, page] = await signedIn(email, PHONE);
      const queue = await navPaths(page);
      const navCount = queue.length;
      const shapes = new Set(queue.map(pageShape));
      const problems: string[] = [];
      const widths: string[] = [];
      // Every page of the menu, and one page of each kind they link to (a pair, a document, a school…).
      for (let i = 0; i < queue.length; i++) {
        const path = queue[i]!;
        const res = await page.goto(appUrl(path));
        expect(res?.status(), path).toBeLessThan(400);
        const report = await overflowReport(page);
        widths.push(`${path} ${report.scrollWidth}`);
        // For a person's eye: SCREENSHOTS=<dir> keeps a picture of every page visited.
        if (process.env.SCREENSHOTS) await page.screenshot({ path: `${process.env.SCREENSHOTS}/${email.split('@')[0]}${pageShape(path).replace(/\W+/g, '_')}.png` });
        if (report.scrollWidth > report.viewport || report.offenders.length) {
          problems.push(`${path}: ${report.scrollWidth} px wide; ${report.offenders.join('; ')}`);
        }
        const small = await smallTargets(page);
        if (small.length) problems.push(`${path}: too small to tap: ${small.join('; ')}`);
        if (i < navCount) {
          for (const p of await linkedPages(page)) {
            if (!shapes.has(pageShape(p))) {
              shapes.add(pageShape(p));
              queue.push(p);
            }
          }
        }
      }
      if (process.env.LAYOUT_WIDTHS) console.log(`${role}\n  ${widths.join('\n  ')}`);
      expect(problems).toEqual([]);
      await context.close();
    }, 300_000);
  }

  it('the navigation is one «Меню» button that opens and closes from the keyboard', async () => {
    const [context, page] = await signedIn(HEAD, PHONE);
    const nav = page.getByRole('navigation', { name: 'Основное меню' });
    const staff = nav.getByRole('link', { name: 'Сотрудники', exact: true });
    const menu = nav.getByRole('button', { name: 'Меню' });
    // Folded: the links take no room above the page.
    await expect(staff.isVisible()).resolves.toBe(false);
    const box = (await nav.boundingBox())!;
    expect(box.height).toBeLessThan(80);
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');

    await menu.focus();
    await page.keyboard.press('Enter');
    await staff.waitFor({ state: 'visible' });
    // The toggle event, and so the attribute, follows the opening by a task.
    await nav.locator('button[aria-expanded="true"]').waitFor();
    if (process.env.SCREENSHOTS) await page.screenshot({ path: `${process.env.SCREENSHOTS}/menu-open.png` });
    // Tab goes from the button into the opened menu, whose links fit the screen and are big enough to tap.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label'))).resolves.toBe('Основное меню');
    const links = await nav.getByRole('link').evaluateAll((els) => els.map((a) => a.getBoundingClientRect()).map((r) => [r.left, r.right, r.height]));
    for (const [left, right, height] of links) {
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(PHONE.width);
      expect(height).toBeGreaterThanOrEqual(44);
    }
    await page.keyboard.press('Escape');
    await staff.waitFor({ state: 'hidden' });

    // A tap on a link goes to the page and folds the menu again; the link is marked as the current page.
    await menu.click();
    await staff.click();
    await page.waitForURL('**/staff');
    await staff.waitFor({ state: 'hidden' });
    await expect(nav.locator('a[href="/staff"]').getAttribute('aria-current')).resolves.toBe('page');
    await context.close();
  });

  it('a school head acknowledges a district order from a phone', async () => {
    // The coordinator issues the order (on a phone too).
    const [coordinator, page] = await signedIn('district@nastavnik.demo', PHONE);
    await page.goto(appUrl('/district/orders'));
    await page.getByRole('link', { name: /Об утверждении муниципального положения/ }).click();
    await page.getByRole('button', { name: 'Сохранить проект приказа' }).click();
    await page.waitForURL(/\/district\/orders\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: 'Издать и присвоить номер' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Издать', exact: true }).click();
    await page.locator('[data-ack-counts]').waitFor();
    expect((await overflowReport(page)).scrollWidth).toBeLessThanOrEqual(PHONE.width);
    await coordinator.close();

    const [context, head] = await signedIn(HEAD, PHONE);
    await head.locator('[data-my-acknowledgements]').getByRole('link', { name: /Об утверждении положения о системе наставничества/ }).click();
    await head.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    const button = head.getByRole('button', { name: 'Ознакомлен(а)' });
    await button.scrollIntoViewIfNeeded();
    const box = (await button.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(box.height).toBeGreaterThanOrEqual(44);
    const report = await overflowReport(head);
    expect(report.scrollWidth).toBeLessThanOrEqual(PHONE.width);
    expect(report.offenders).toEqual([]);
    await button.tap();
    await button.waitFor({ state: 'detached' });
    await expect(head.locator('tr', { hasText: 'Киреева' }).textContent()).resolves.toContain('в системе');
    await context.close();
  });
});

describe('at 1366×768', () => {
  for (const [role, email] of roles) {
    it(`${role}: no main page is wider than the window`, async () => {
      const [context, page] = await signedIn(email, LAPTOP);
      // The menu is a sidebar: its links are on screen without a button.
      await page.getByRole('navigation').getByRole('link', { name: 'Главная' }).waitFor({ state: 'visible' });
      const problems: string[] = [];
      for (const path of await navPaths(page)) {
        await page.goto(appUrl(path));
        const report = await overflowReport(page);
        if (report.scrollWidth > report.viewport || report.offenders.length) {
          problems.push(`${path}: ${report.scrollWidth} px wide; ${report.offenders.join('; ')}`);
        }
      }
      expect(problems).toEqual([]);
      await context.close();
    }, 180_000);
  }
});
