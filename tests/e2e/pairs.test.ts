// The demo curator forms a pair from the matching suggestions, prints the consent papers,
// marks them received (one with a scan), prepares and issues the pair order through the
// consent gate, and finds it in the register with its acknowledgement sheet.
import { readFile } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/client';
import { menteeProfiles, mentorPairs, mentorProfiles, people, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed';
import { earliestCancellationEnd } from '@/lib/core/calendar/working-days';
import { formatDate } from '@/lib/core/russian';
import { loadScope } from '@/lib/server/auth/scope';
import { runInScope } from '@/lib/server/context';
import { createDraft } from '@/lib/server/documents/create-draft';
import { issueDocument } from '@/lib/server/documents/issue-document';
import { regulationRef } from '@/lib/server/organizations/requisites';
import introOrder from '@/templates/school-intro-order/example.json';
import regulation from '@/templates/school-regulation/example.json';
import roadmap from '@/templates/school-roadmap/example.json';
import { appDatabaseUrl, appUrl, launchBrowser, logIn } from '../support/browser';
import { pdfText } from '../support/extract';

const CURATOR = 'vorontsova.in@school1.biysk.example';
const SCAN = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

let browser: Browser;
let page: Page;
let mentorId: string;
let menteeId: string;
const db = connect(appDatabaseUrl(), 2);

beforeAll(async () => {
  browser = await launchBrowser();
  const [curator] = await db.db.select().from(users).where(eq(users.email, CURATOR));
  const school = curator!.organizationId;
  // A mentor and a mentee of their own, so other tests' pairs cannot get in the way.
  const [m] = await db.db
    .insert(people)
    .values({ organizationId: school, lastName: 'Зорина', firstName: 'Вероника', middleName: 'Павловна', position: 'учитель математики', subjects: ['Математика'] })
    .returning();
  const [a] = await db.db
    .insert(people)
    .values({ organizationId: school, lastName: 'Листьев', firstName: 'Глеб', middleName: 'Артёмович', position: 'учитель математики', subjects: ['Математика'] })
    .returning();
  mentorId = m!.id;
  menteeId = a!.id;
  await db.db.insert(mentorProfiles).values({ personId: mentorId, organizationId: school, competences: ['формирующее оценивание'], capacity: 2, training: 'completed' });
  await db.db.insert(menteeProfiles).values({ personId: menteeId, organizationId: school, category: 'young_specialist', deficits: ['формирующее оценивание'] });
  // The pair order cites the Положение approved by the introduction order.
  if (!(await regulationRef(db.db, school))) {
    const scope = (await loadScope(db.db, curator!.id))!;
    await runInScope(db.db, scope, { ip: null, userAgent: 'e2e setup' }, async (ctx) => {
      const { id } = await createDraft(ctx, {
        template: 'school-intro-order',
        title: 'О внедрении системы наставничества',
        data: { ...introOrder, date: null, number: null },
        annexes: [
          { template: 'school-regulation', title: 'Положение о системе наставничества', data: regulation },
          { template: 'school-roadmap', title: 'Дорожная карта', data: roadmap },
        ],
      });
      await issueDocument(ctx, { documentId: id, issueDate: new Date().toLocaleDateString('sv-SE') });
    });
  }
  const context = await browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
  await logIn(page, CURATOR, DEMO_PASSWORD);
});
afterAll(async () => {
  await browser?.close();
  await db.pool.end();
});

async function download(click: () => Promise<unknown>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile((await file.path())!);
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('pairs, consents and the pair order', () => {
  let pairId: string;

  it('forms a pair from the ranked suggestions', async () => {
    await page.goto(appUrl('/pairs'));
    const card = page.locator(`[data-mentee="${menteeId}"]`);
    const row = card.locator('tr', { hasText: 'Зорина В.П.' });
    await expect(row.textContent()).resolves.toContain('Тот же предмет: математика');
    await expect(row.textContent()).resolves.toContain('Компетенции закрывают дефициты: «формирующее оценивание»');
    await row.getByRole('radio').check();
    await card.getByLabel('Выплата за наставничество').fill('3000 рублей в месяц');
    await card.getByRole('button', { name: 'Сформировать пару' }).click();
    await page.locator('table.data tr', { hasText: 'Зорина Вероника Павловна' }).waitFor();
    const [pair] = await db.db.select().from(mentorPairs).where(and(eq(mentorPairs.mentorId, mentorId), eq(mentorPairs.status, 'forming')));
    pairId = pair!.id;
    expect(pair!.paymentSize).toBe('3000 рублей в месяц');
  }, 120_000);

  it('«Печать» with no pair ticked stays on the page, in its layout, and says what to do', async () => {
    await page.goto(appUrl('/consents'));
    for (const box of await page.locator('input[name="pair"]').all()) await box.uncheck();
    await page.getByRole('button', { name: 'Печать' }).click();
    await page.locator('#print-form [role="alert"]').waitFor();
    expect(new URL(page.url()).pathname).toBe('/consents');
    await expect(page.locator('#print-form [role="alert"]').textContent()).resolves.toBe('Отметьте пары, согласия которых нужно распечатать.');
    await page.locator('nav').getByRole('link', { name: 'Согласия' }).waitFor();
  });

  it('prints the missing papers as one PDF and marks them received', async () => {
    await page.goto(appUrl('/consents'));
    for (const box of await page.locator('input[name="pair"]').all()) await box.uncheck();
    const section = page.locator(`[data-pair="${pairId}"]`);
    await section.locator('input[name="pair"]').check();
    await expect(section.locator('p.notice').textContent()).resolves.toContain('Нет согласия: Зорина В.П. — согласие на выполнение работы по наставничеству');
    const pdf = flat(await pdfText(await download(() => page.getByRole('button', { name: 'Печать' }).click())));
    expect(pdf).toContain('на выполнение работы по наставничеству');
    expect(pdf).toContain('заключили настоящее дополнительное соглашение');
    expect(pdf).toContain('в размере 3000 рублей в месяц');
    expect(pdf).toContain('на участие в программе наставничества');
    expect(pdf).toContain('Листьев Глеб Артёмович');

    const rows = section.locator('tbody tr');
    const total = await rows.count();
    expect(total).toBe(5);
    for (let i = 0; i < total; i++) {
      const row = rows.nth(i);
      const form = row.locator('form');
      if ((await row.textContent())?.includes('дополнительное соглашение')) await form.getByLabel('Номер соглашения').fill('15');
      if (i === 0) await form.getByLabel('Скан (PDF, JPEG, PNG до 20 МБ)').setInputFiles({ name: 'согласие.pdf', mimeType: 'application/pdf', buffer: SCAN });
      await form.getByRole('button', { name: 'Отметить' }).click();
      await row.locator('.badge.done').waitFor();
    }
    await section.locator('p.form-ok', { hasText: 'Все согласия получены.' }).waitFor();
    const scan = await page.request.get(appUrl(await section.getByRole('link', { name: 'скан' }).getAttribute('href') ?? ''));
    expect(scan.headers()['content-type']).toBe('application/pdf');
    expect(Buffer.from(await scan.body()).equals(SCAN)).toBe(true);
  }, 120_000);

  it('prepares and issues the pair order, and the register shows it with its acknowledgement sheet', async () => {
    await page.goto(appUrl('/pairs'));
    await page.getByRole('button', { name: /приказ о закреплении пар/ }).click();
    const panel = page.locator('[data-pair-order]');
    await panel.waitFor();
    // Issuing is irreversible: a dialog names the number first, and «Отмена» leaves the draft as it was.
    await panel.getByRole('button', { name: 'Издать и присвоить номер' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.textContent()).resolves.toMatch(/Приказ получит номер \d+-од от \d\d\.\d\d\.\d{4} и станет неизменяемым/);
    await dialog.getByRole('button', { name: 'Отмена' }).click();
    await dialog.waitFor({ state: 'detached' });
    const [draft] = await db.db.select().from(mentorPairs).where(eq(mentorPairs.id, pairId));
    expect(draft!.status).toBe('forming');
    await panel.getByRole('button', { name: 'Издать и присвоить номер' }).click();
    await dialog.getByRole('button', { name: 'Издать', exact: true }).click();
    await page.locator(`tr[data-pair="${pairId}"]`, { hasText: 'закреплена приказом' }).waitFor();
    const [pair] = await db.db.select().from(mentorPairs).where(eq(mentorPairs.id, pairId));
    expect(pair!.status).toBe('active');
    // The confirmation stays on the page with a link to the order just issued.
    const issued = page.getByTestId('pair-order-issued');
    await expect(issued.textContent()).resolves.toMatch(/Приказ № \d+-од от \d\d\.\d\d\.\d{4} издан/);
    await expect(issued.getByRole('link').getAttribute('href')).resolves.toBe(`/documents/${pair!.orderId}`);

    await page.goto(appUrl('/documents'));
    await page.getByRole('link', { name: /О закреплении наставнических пар \(групп\)/ }).first().click();
    await page.waitForURL(`**/documents/${pair!.orderId}`);
    await expect(page.locator('.card').first().textContent()).resolves.toMatch(/№ \d+-од/);
    await expect(page.locator('h2', { hasText: 'Лист ознакомления' }).textContent()).resolves.toMatch(/из \d+/);
    await page.locator('[data-ack-row]', { hasText: 'Зорина В.П.' }).waitFor();
    await page.locator('[data-ack-row]', { hasText: 'Листьев Г.А.' }).waitFor();
    const order = flat(await pdfText(Buffer.from(await (await page.request.get(appUrl(`/documents/${pair!.orderId}/download/document.pdf`))).body())));
    expect(order).toContain('Закрепить Листьева Глеба Артёмовича за Зориной Вероникой Павловной');
    expect(order).toContain('С приказом ознакомлены');
    const sheet = flat(await pdfText(Buffer.from(await (await page.request.get(appUrl(`/documents/${pair!.orderId}/download/acknowledgements.pdf`))).body())));
    expect(sheet).toContain('Листьев Г.А.');
  }, 120_000);

  it('ends the pair early on the mentor\'s refusal with the end date computed from the notice', async () => {
    const today = new Date().toLocaleDateString('sv-SE');
    const earliest = earliestCancellationEnd(today);
    await page.goto(appUrl(`/pairs/${pairId}`));
    await page.getByText(`Не раньше ${formatDate(earliest)}`).waitFor();
    await expect(page.getByLabel('Дата прекращения').inputValue()).resolves.toBe(formatDate(earliest));
    const notice = flat(await pdfText(await download(() => page.getByRole('link', { name: /уведомление наставника об отказе/ }).click())));
    expect(notice).toContain(`уведомляю о досрочном отказе с ${formatDate(earliest)}`);
    await page.getByRole('button', { name: 'Подготовить приказ о досрочном прекращении' }).click();
    await page.getByRole('button', { name: 'Издать и присвоить номер' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Издать', exact: true }).click();
    await page.getByText(`прекращена с ${formatDate(earliest)} (отказ наставника)`).waitFor();
    const [pair] = await db.db.select().from(mentorPairs).where(eq(mentorPairs.id, pairId));
    expect(pair).toMatchObject({ status: 'terminated', endedOn: earliest, endReason: 'refusal' });
  }, 120_000);
});
