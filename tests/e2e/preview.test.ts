// Preview (issue 12, item 3): a draft is seen as printed before it is issued — its PDF is
// shown inside its page by the browser's viewer, served inline; the download stays a download.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@/db/seed';
import { appUrl, launchBrowser, logIn } from '../support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The preview frame of the page: its PDF answered inline, a real PDF, framed only by our own pages. */
async function expectPreview(page: Page, id: string) {
  const frame = page.locator('#preview iframe');
  const src = `/documents/${id}/download/document.pdf?inline`;
  await expect(frame.getAttribute('src')).resolves.toBe(src);
  await expect(frame.getAttribute('title')).resolves.toMatch(/проект в PDF$/);
  // The frame loads the file itself (the browser's viewer shows it), not a download.
  await frame.scrollIntoViewIfNeeded();
  await expect.poll(() => page.frames().some((f) => f.url().endsWith(src)), { timeout: 30_000 }).toBe(true);
  // What the frame got: the PDF answered inline, framed only by our own pages.
  const res = await page.request.get(appUrl(src));
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  expect(res.headers()['content-disposition']).toMatch(/^inline; filename=/);
  expect(res.headers()['x-frame-options']).toBe('SAMEORIGIN');
  expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
}

describe('the preview of a draft', () => {
  it('shows the draft district order as printed on its page and on the document page', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await logIn(page, 'district@nastavnik.demo', DEMO_PASSWORD);
    await page.goto(appUrl('/district/orders'));
    await page.getByRole('link', { name: /Об утверждении муниципального положения/ }).click();
    await page.getByRole('button', { name: 'Сохранить проект приказа' }).click();
    await page.waitForURL(/\/district\/orders\/[0-9a-f-]{36}$/);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByRole('heading', { name: 'Просмотр PDF' }).waitFor();
    await expectPreview(page, id);

    await page.goto(appUrl(`/documents/${id}`));
    await expectPreview(page, id);

    // The «PDF» link still saves the file.
    const download = page.waitForEvent('download');
    await page.locator('main').getByRole('link', { name: 'PDF', exact: true }).first().click();
    expect((await download).suggestedFilename()).toMatch(/\(проект\)\.pdf$/);
    const attachment = await page.request.get(appUrl(`/documents/${id}/download/document.pdf`));
    expect(attachment.headers()['content-disposition']).toMatch(/^attachment; /);
    // A DOCX is never «inline»: a browser cannot show it.
    const docx = await page.request.get(appUrl(`/documents/${id}/download/document.docx?inline`));
    expect(docx.headers()['content-disposition']).toMatch(/^attachment; /);

    // Issued, the document is its stored file: the preview of a draft is gone.
    await page.goto(appUrl(`/district/orders/${id}`));
    await page.getByRole('button', { name: 'Издать и присвоить номер' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Издать', exact: true }).click();
    await page.locator('[data-ack-counts]').waitFor();
    await expect(page.locator('#preview').count()).resolves.toBe(0);
    await context.close();
  }, 180_000);

  it('keeps the preview to signed-in users of the document’s scope', async () => {
    const anonymous = await browser.newContext();
    const res = await anonymous.request.get(appUrl('/documents/00000000-0000-4000-8000-000000000000/download/document.pdf?inline'), { maxRedirects: 0 });
    expect(res.status()).toBe(401);
    await anonymous.close();
  });
});
