// Debian's Chromium driven by playwright-core. A missing browser is an error, never a skip.
import fs from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
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
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.waitForURL('**/dashboard');
}
