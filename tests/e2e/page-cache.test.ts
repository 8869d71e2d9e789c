// The page cache in front of Next.js (scripts/page-cache.cjs) on the real server and
// database: a repeated view is answered from it, sessions never share a page, any committed
// write — even one made outside the app — is visible on the next view, and a write in one
// school leaves another school's pages cached.
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/client';
import { users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed';
import { appDatabaseUrl, appUrl, launchBrowser, logIn } from '../support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** A page view through the signed-in context's cookies: the cache state and the HTML. */
async function view(page: Page, path = '/dashboard') {
  const res = await page.request.get(appUrl(path));
  return { status: res.status(), state: res.headers()['x-page-cache'], body: await res.text() };
}

describe('page cache', () => {
  it('answers repeated views from the cache, keeps sessions apart and shows a committed write at once', async () => {
    // browser.newPage() opens a new context: two sessions with their own cookies.
    const head1 = await browser.newPage();
    const other = await browser.newPage();
    await logIn(head1, 'head1@nastavnik.demo', DEMO_PASSWORD);
    await logIn(other, 'head2@nastavnik.demo', DEMO_PASSWORD);

    const first = await view(head1);
    const second = await view(head1);
    expect(first).toMatchObject({ status: 200, state: 'miss' });
    expect(second).toMatchObject({ status: 200, state: 'hit', body: first.body });
    expect(first.body).toContain('МБОУ «СОШ № 1»');

    const foreign = await view(other);
    expect(foreign.state).toBe('miss');
    expect(foreign.body).toContain('МБОУ «СОШ № 3»');
    expect(foreign.body).not.toContain('МБОУ «СОШ № 1»');

    const { db, pool } = connect(appDatabaseUrl(), 1);
    try {
      await db.update(users).set({ fullName: 'Кэшева Проверка Записевна' }).where(eq(users.email, 'head1@nastavnik.demo'));
    } finally {
      await pool.end();
    }
    const afterWrite = await view(head1);
    expect(afterWrite.state).toBe('miss');
    expect(afterWrite.body).toContain('Кэшева Проверка Записевна');
    expect((await view(head1)).state).toBe('hit');
    // The write was in another school: the second head's page is still served from the cache.
    expect(await view(other)).toMatchObject({ state: 'hit', body: foreign.body });

    await head1.close();
    await other.close();
  });
});
