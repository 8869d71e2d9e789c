// The regional operator opens a monitoring campaign, the demo school head confirms and
// submits the school's figures, the operator and the district see one school submitted;
// the indicators page, its XLSX export and the analytical note of the district.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@/db/seed';
import { appUrl, launchBrowser, logIn } from '../support/browser';

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

async function openFromMenu(page: Page, label: string, path: string) {
  await page.locator('nav').getByRole('link', { name: label, exact: true }).click();
  await page.waitForURL(`**${path}`);
}

async function signedIn(email: string): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  await logIn(page, email, DEMO_PASSWORD);
  return page;
}

describe('a monitoring campaign', () => {
  let campaignUrl: string;

  it('is opened by the regional operator for every school of the region', async () => {
    const page = await signedIn('region@nastavnik.demo');
    await openFromMenu(page, 'Мониторинг', '/monitoring');
    await page.getByLabel('Название').fill('Стартовый мониторинг <&> внедрения системы наставничества');
    await page.getByRole('button', { name: 'Начать мониторинг' }).click();
    await page.waitForURL(/\/monitoring\/[0-9a-f-]{36}$/);
    campaignUrl = page.url();
    await expect(page.locator('h1').textContent()).resolves.toBe('Стартовый мониторинг <&> внедрения системы наставничества');
    await expect(page.getByTestId('submitted-count').textContent()).resolves.toBe('0 из 28');
  });

  it('is answered by the school head with the figures computed from the school data', async () => {
    const page = await signedIn('head1@nastavnik.demo');
    await openFromMenu(page, 'Мониторинг', '/monitoring');
    await page.getByRole('link', { name: 'Стартовый мониторинг <&> внедрения системы наставничества' }).click();
    await expect(page.getByTestId('figures').textContent()).resolves.toContain('Педагогических работников40');
    await page.getByRole('button', { name: 'Подтвердить и отправить' }).click();
    await page.getByTestId('submitted').waitFor();
    await expect(page.getByRole('button', { name: 'Подтвердить и отправить повторно' }).isVisible()).resolves.toBe(true);
  });

  it('shows the operator and the district one school submitted', async () => {
    for (const email of ['region@nastavnik.demo', 'district@nastavnik.demo']) {
      const page = await signedIn(email);
      await page.goto(campaignUrl);
      await expect(page.getByTestId('submitted-count').textContent()).resolves.toBe('1 из 28');
      if (email.startsWith('region')) {
        await expect(page.getByTestId('districts').textContent()).resolves.toContain('1 из 28');
        await page.getByTestId('districts').getByRole('link').click();
        await page.waitForURL(/district=/);
      }
      const done = page.locator('[data-testid="submissions"] tr[data-submitted="yes"]');
      expect(await done.count()).toBe(1);
      await expect(done.textContent()).resolves.toContain('МБОУ «СОШ № 1»');
      await page.getByRole('link', { name: 'Показать только не отправившие' }).click();
      await page.waitForURL(/show=missing/);
      expect(await page.locator('[data-testid="submissions"] tbody tr').count()).toBe(27);
    }
  });
});

describe('indicators', () => {
  it('shows plan against fact with a chart, exports XLSX and drafts the analytical note', async () => {
    const page = await signedIn('district@nastavnik.demo');
    await openFromMenu(page, 'Показатели', '/indicators');
    await expect(page.locator('h1').textContent()).resolves.toContain('Ключевые показатели');
    await expect(page.locator('[data-indicator="youngCoverage"]').textContent()).resolves.toContain('не менее 70 % к 2024 году');
    expect(await page.locator('[data-testid="units"] tbody tr').count()).toBe(29);
    // МБОУ «СОШ № 1» has young teachers, so its bar is drawn (other e2e files may add schools with data).
    const bar = page.locator('svg[role="img"][aria-label^="Охват наставничеством педагогов"] g').filter({ has: page.locator('title', { hasText: 'МБОУ «СОШ № 1»:' }) });
    expect(await bar.locator('rect').count()).toBe(1);
    const xlsx = await page.request.get(appUrl('/indicators/export'));
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');
    await page.getByRole('button', { name: 'Сформировать проект справки' }).click();
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    await expect(page.locator('h1').textContent()).resolves.toContain('Аналитическая справка');
  });

  it('draws every chart label whole inside the picture, long district names included', async () => {
    const page = await signedIn('region@nastavnik.demo');
    await page.goto(appUrl('/indicators'));
    const labels = page.locator('svg[role="img"] g > text:first-of-type');
    expect(await labels.count()).toBeGreaterThan(0);
    const boxes = await labels.evaluateAll((nodes) => nodes.map((n) => ({ text: n.textContent, x: (n as SVGTextElement).getBBox().x })));
    expect(boxes.some((b) => b.text?.includes('Управление'))).toBe(true);
    for (const b of boxes) expect(b.x, b.text ?? '').toBeGreaterThanOrEqual(0);
  });

  it('refuses a district outside the scope and a school head', async () => {
    const district = await signedIn('district@nastavnik.demo');
    const res = await district.goto(appUrl(`/indicators?district=${crypto.randomUUID()}`));
    expect(res?.status()).toBe(404);
    const head = await signedIn('head1@nastavnik.demo');
    const forbidden = await head.goto(appUrl('/indicators'));
    expect(forbidden?.status()).toBe(403);
    expect((await head.request.get(appUrl('/indicators/export'))).status()).toBe(403);
  });
});
