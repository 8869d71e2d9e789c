// Forged ids in URLs, in form fields and in the session cookie, through the real server.
import { eq } from 'drizzle-orm';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/client';
import { organizations, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed';
import { appDatabaseUrl, appUrl, launchBrowser, logIn } from '../support/browser';

let browser: Browser;
let otherSchoolId: string;
let ownSchoolId: string;
const db = connect(appDatabaseUrl(), 2);

beforeAll(async () => {
  browser = await launchBrowser();
  // A second district with a school, outside the demo district coordinator's subtree.
  const [region] = await db.db.select().from(organizations).where(eq(organizations.kind, 'region'));
  const districtId = crypto.randomUUID();
  otherSchoolId = crypto.randomUUID();
  await db.db.insert(organizations).values([
    { id: districtId, kind: 'municipality', parentId: region!.id, path: `${region!.path}${districtId}/`, fullName: 'Другой район', shortName: 'Другой район' },
    { id: otherSchoolId, kind: 'school', parentId: districtId, path: `${region!.path}${districtId}/${otherSchoolId}/`, fullName: 'Чужая школа', shortName: 'Чужая школа' },
  ]);
  const [head] = await db.db.select().from(users).where(eq(users.email, 'head1@nastavnik.demo'));
  ownSchoolId = head!.organizationId;
});
afterAll(async () => {
  await browser?.close();
  await db.pool.end();
});

async function signedIn(email: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  await logIn(await context.newPage(), email, DEMO_PASSWORD);
  return context;
}

describe('forged ids', () => {
  it('a district coordinator gets the not-found page for a school of another district', async () => {
    const context = await signedIn('district@nastavnik.demo');
    const page = await context.newPage();
    const res = await page.goto(appUrl(`/schools/${otherSchoolId}`));
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Страница не найдена');
    expect(await page.content()).not.toContain('Чужая школа');
    for (const forged of ['not-a-uuid', '00000000-0000-0000-0000-000000000000']) {
      expect((await page.goto(appUrl(`/schools/${forged}`)))?.status()).toBe(404);
    }
    expect((await page.goto(appUrl(`/schools?district=${crypto.randomUUID()}`)))?.status()).toBe(404);
    // Its own school opens.
    const own = await page.goto(appUrl(`/schools/${ownSchoolId}`));
    expect(own?.status()).toBe(200);
    await context.close();
  });

  it('a school head is refused district pages with 403', async () => {
    const context = await signedIn('head1@nastavnik.demo');
    const page = await context.newPage();
    const res = await page.goto(appUrl(`/schools/${ownSchoolId}`));
    expect(res?.status()).toBe(403);
    await expect(page.locator('h1').textContent()).resolves.toBe('Доступ запрещён');
    await context.close();
  });

  it('a forged organization id in the account form is refused and nothing is created', async () => {
    const context = await signedIn('district@nastavnik.demo');
    const page = await context.newPage();
    await page.goto(appUrl('/users'));
    // Rewrite the first option of the organization select to another district's school.
    await page.locator('select').first().evaluate((el, id) => {
      (el as HTMLSelectElement).options[0]!.value = id;
      (el as HTMLSelectElement).selectedIndex = 0;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }, otherSchoolId);
    await page.getByLabel('Фамилия').fill('Взломов');
    await page.getByLabel('Имя').fill('Пётр');
    await page.getByLabel('Эл. почта (логин)').fill('forged@test.ru');
    await page.getByLabel('Пароль').fill('password-1');
    await page.getByRole('button', { name: 'Создать' }).click();
    await expect(page.locator('p.form-error').textContent()).resolves.toBe('Организация не найдена или недоступна.');
    expect(await db.db.select().from(users).where(eq(users.email, 'forged@test.ru'))).toHaveLength(0);
    await context.close();
  });

  it('a forged session cookie leads to the login page with a Russian explanation', async () => {
    const context = await browser.newContext();
    const url = new URL(appUrl('/'));
    await context.addCookies([{ name: 'next-auth.session-token', value: 'forged.token.value', domain: url.hostname, path: '/' }]);
    const page = await context.newPage();
    await page.goto(appUrl('/dashboard'));
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.getByText('Сессия истекла или недействительна. Войдите снова.').waitFor();
    await context.close();
  });
});
