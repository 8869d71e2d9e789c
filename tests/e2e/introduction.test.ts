// The demo curator walks steps 1 and 2: fills the organization settings (a regional order
// entered by its requisites), prepares the introduction order with an edited section of the
// Положение, issues the three documents at once, finds the edited text and the number in the
// PDF and sees step 2 done on the path page.
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/client';
import { documents, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed';
import { appDatabaseUrl, appUrl, launchBrowser, logIn } from '../support/browser';
import { pdfText } from '../support/extract';

const CURATOR = 'vorontsova.in@school1.biysk.example';
const EDITED = 'Наставнические пары встречаются каждую вторую среду месяца в методическом кабинете № 14.';

let browser: Browser;
let page: Page;
const db = connect(appDatabaseUrl(), 2);

beforeAll(async () => {
  browser = await launchBrowser();
  const [curator] = await db.db.select().from(users).where(eq(users.email, CURATOR));
  // Another test may have issued an introduction order for the demo school as its own
  // setup; moving it to cancelled (a status change the register allows) lets this walk start at step 2.
  const earlier = await db.db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.organizationId, curator!.organizationId), eq(documents.template, 'school-intro-order'), inArray(documents.status, ['issued', 'amended'])));
  if (earlier.length) {
    const ids = earlier.map((d) => d.id);
    await db.db.update(documents).set({ status: 'cancelled' }).where(or(inArray(documents.id, ids), inArray(documents.parentId, ids)));
  }
  page = await (await browser.newContext()).newPage();
  await logIn(page, CURATOR, DEMO_PASSWORD);
});
afterAll(async () => {
  await browser?.close();
  await db.pool.end();
});

describe('organization setup and the introduction order', () => {
  it('fills the settings: the head’s declined forms and a regional order by its requisites', async () => {
    await page.locator('nav').getByRole('link', { name: 'Сведения об организации' }).click();
    await page.waitForURL('**/school/settings');
    await expect(page.getByTestId('head-declension').textContent()).resolves.toMatch(/назначить \S+/);
    await page.getByLabel('Суффикс номера приказа').fill('-од');
    await page.getByRole('button', { name: 'Добавить приказ (региональный, муниципальный)' }).click();
    const last = page.locator('[data-basis]').last();
    await last.getByLabel('Кем издан (творительный падеж)').fill('приказом Министерства образования и науки Алтайского края');
    await last.getByLabel('Дата').fill('2025-08-20');
    await last.getByLabel('Номер').fill('1234');
    await last.getByLabel('Наименование акта').fill('О развитии наставничества в 2025/2026 учебном году');
    await expect(last.getByTestId('basis-worded').textContent()).resolves.toBe(
      'приказом Министерства образования и науки Алтайского края от 20.08.2025 № 1234 «О развитии наставничества в 2025/2026 учебном году»',
    );
    await page.getByRole('button', { name: 'Сохранить' }).first().click();
    await page.getByText('Сохранено.').waitFor();
    // A bad date is refused next to its field, in Russian.
    await last.getByLabel('Номер').fill('');
    await page.getByRole('button', { name: 'Сохранить' }).first().click();
    await last.getByText('Укажите номер.').waitFor();
    await last.getByLabel('Номер').fill('1234');
  });

  it('prepares the order with an edited section of the Положение and issues all three documents', async () => {
    await page.goto(appUrl('/introduction'));
    await page.getByLabel('Куратор', { exact: true }).selectOption({ label: (await page.getByLabel('Куратор', { exact: true }).locator('option', { hasText: 'Воронцова' }).first().textContent())! });
    await expect(page.getByTestId('curator-appointment').textContent()).resolves.toContain('Воронцову');
    await page.getByLabel('Текст раздела 2').fill(EDITED);
    await page.getByRole('button', { name: 'Сохранить проект' }).click();
    await page.getByTestId('intro-draft').waitFor();
    // A section over the limit is refused with a Russian message beside it.
    await page.getByLabel('Текст раздела 3').fill('а'.repeat(10_000));
    await page.getByRole('button', { name: 'Сохранить проект' }).click();
    await page.getByText('Поле «Текст раздела» длиннее 8000 символов.').waitFor();
    await page.reload();
    // The form fills its fields once hydrated: wait for the saved draft's text to arrive.
    await expect.poll(() => page.getByLabel('Текст раздела 2').inputValue()).toBe(EDITED);
    // Deep in the Положение, saving, the preview and issuing are still on screen, in the bar at the bottom.
    await page.getByLabel('Текст раздела 5').scrollIntoViewIfNeeded();
    const onScreen = (name: string) =>
      page
        .getByTestId('intro-save-bar')
        .getByRole(name === 'Просмотр PDF' ? 'link' : 'button', { name })
        .evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight;
        });
    for (const name of ['Сохранить проект', 'Просмотр PDF', 'Издать и присвоить номер']) await expect(onScreen(name), name).resolves.toBe(true);
    await page.getByRole('button', { name: 'Издать и присвоить номер' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Издать', exact: true }).click();
    await page.getByTestId('intro-issued').waitFor();
    await expect(page.getByTestId('intro-issued').textContent()).resolves.toMatch(/№ \d+-од от/);
  });

  it('downloads the issued PDFs: the edited text and the number are in them', async () => {
    const issued = page.getByTestId('intro-issued');
    const number = /№ (\d+-од)/.exec((await issued.textContent())!)![1]!;
    const hrefs = await issued.locator('a[href$="document.pdf"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs).toHaveLength(3);
    const [order, regulation] = await Promise.all(hrefs.slice(0, 2).map(async (href) => (await pdfText(await (await page.request.get(appUrl(href))).body())).replace(/\s+/g, ' ')));
    expect(order).toContain(`№ ${number}`);
    expect(order).toContain('от 20.08.2025 № 1234 «О развитии наставничества в 2025/2026 учебном году»');
    expect(regulation).toContain(EDITED);
    expect(regulation).toContain(`№ ${number}`);
  });

  it('shows step 2 done on the path page', async () => {
    await page.goto(appUrl('/dashboard'));
    await expect(page.locator('[data-step="2"]').getAttribute('data-state')).resolves.toBe('done');
    await expect(page.locator('[data-step="1"] a').getAttribute('href')).resolves.toBe('/school/settings');
  });
});
