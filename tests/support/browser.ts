// Debian's Chromium driven by playwright-core. A missing browser is an error, never a skip.
import fs from 'node:fs';
import { type Browser, type ConsoleMessage, chromium, type Frame, type Page, type Request } from 'playwright-core';
import type { E2eApp } from './e2e-server';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (end-to-end tests are required).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

function currentApp(): E2eApp {
  const app = (globalThis as { nastavnikE2e?: E2eApp }).nastavnikE2e;
  if (!app) throw new Error('The e2e app is not running: tests/support/e2e-app.ts starts it for each test file.');
  return app;
}

/** A URL of this test file's own application. */
export const appUrl = (p = '/') => new URL(p, currentApp().url).toString();

/** This test file's own database (a copy of the seeded demo database). */
export const appDatabaseUrl = () => currentApp().databaseUrl;

export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(appUrl('/login'));
  await page.getByLabel('Эл. почта').fill(email);
  await page.getByLabel('Пароль').fill(password);
  await submitLogin(page);
}

/**
 * Presses «Войти» and waits for the dashboard. A sign-in that never arrives there (a rare CI
 * flake) fails with what the browser did meanwhile: its requests, navigations and messages.
 */
export async function submitLogin(page: Page): Promise<void> {
  const started = Date.now();
  const events: string[] = [];
  const note = (line: string) => events.push(`${String(Date.now() - started).padStart(6)} ms ${line}`);
  const listeners = {
    request: (r: Request) => note(`→ ${r.method()} ${r.url()}`),
    requestfinished: (r: Request) => note(`← ${r.url()}`),
    requestfailed: (r: Request) => note(`✕ ${r.url()} ${r.failure()?.errorText ?? ''}`),
    framenavigated: (f: Frame) => f === page.mainFrame() && note(`navigated to ${f.url()}`),
    console: (m: ConsoleMessage) => note(`console.${m.type()}: ${m.text()}`),
  };
  for (const [event, listener] of Object.entries(listeners)) page.on(event as 'request', listener as never);
  try {
    const button = page.getByRole('button', { name: 'Войти' });
    // The rare flake: a click after which the page sends nothing at all (seen on a loaded CI
    // machine, its cause not found). Such a click is repeated once; what else fails still fails.
    const sent = page.waitForRequest((r) => r.url().includes('/api/auth/'), { timeout: 5_000 }).then(
      () => true,
      () => false,
    );
    await button.click();
    note('clicked «Войти»');
    if (!(await sent)) {
      note('nothing sent in 5 s: clicked again');
      await button.click();
    }
    await page.waitForURL('**/dashboard');
  } catch (e) {
    const shown = await page.locator('[role=alert], .form-error').allTextContents().catch(() => []);
    throw new Error(`sign-in did not reach /dashboard; at ${page.url()}, showing ${JSON.stringify(shown)}\n${events.join('\n')}`, { cause: e });
  } finally {
    for (const [event, listener] of Object.entries(listeners)) page.off(event as 'request', listener as never);
  }
}
