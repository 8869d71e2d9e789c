// The head of the demo school changes a mentor's agreement from the pair's page (ст. 72 ТК РФ:
// the additional agreement drafted, then registered under «ДС-N» and applied to the pair) and
// registers the employer's notice of cancellation (ст. 351.8 ТК РФ, «У-N») from the termination
// form; the register lists both under their own numbers, and the pair's page refuses a second
// notice; a legal reference of the consents edited on the settings page reaches the next consent.
// The pair is set up through the server layer: its forming is pairs.test.ts's walk.
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/client';
import { documents, mentorPairs, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed';
import { earliestCancellationEnd } from '@/lib/core/calendar/working-days';
import { formatDate } from '@/lib/core/russian';
import { loadScope, type Scope } from '@/lib/server/auth/scope';
import { type OpContext, runInScope } from '@/lib/server/context';
import { createDraft } from '@/lib/server/documents/create-draft';
import { issueDocument } from '@/lib/server/documents/issue-document';
import { regulationRef } from '@/lib/server/organizations/requisites';
import { createPair } from '@/lib/server/pairs/create-pair';
import { issuePairOrder } from '@/lib/server/pairs/issue-pair-order';
import { preparePairOrder } from '@/lib/server/pairs/prepare-pair-order';
import introOrder from '@/templates/school-intro-order/example.json';
import regulation from '@/templates/school-regulation/example.json';
import roadmap from '@/templates/school-roadmap/example.json';
import { mentee, mentor, pairInput, receiveAll } from '../integration/pairs-fixtures';
import { appDatabaseUrl, appUrl, launchBrowser, logIn } from '../support/browser';
import { pdfText } from '../support/extract';

const CURATOR = 'vorontsova.in@school1.biysk.example';
const HEAD = 'head1@nastavnik.demo';

let browser: Browser;
let page: Page;
let pairId: string;
const db = connect(appDatabaseUrl(), 2);
const today = new Date().toLocaleDateString('sv-SE');
const flat = (s: string) => s.replace(/\s+/g, ' ');

beforeAll(async () => {
  browser = await launchBrowser();
  const [curator] = await db.db.select().from(users).where(eq(users.email, CURATOR));
  const school = curator!.organizationId!;
  const scope = (await loadScope(db.db, curator!.id))!;
  const as = <T>(s: Scope, body: (ctx: OpContext) => Promise<T>) => runInScope(db.db, s, { ip: null, userAgent: 'e2e setup' }, body);
  if (!(await regulationRef(db.db, school))) {
    await as(scope, async (ctx) => {
      const { id } = await createDraft(ctx, {
        template: 'school-intro-order',
        title: 'О внедрении системы наставничества',
        data: { ...introOrder, date: null, number: null },
        annexes: [
          { template: 'school-regulation', title: 'Положение о системе наставничества', data: regulation },
          { template: 'school-roadmap', title: 'Дорожная карта', data: roadmap },
        ],
      });
      await issueDocument(ctx, { documentId: id, issueDate: today });
    });
  }
  // A pair of its own under an additional agreement, assigned by an issued pair order.
  const m = await mentor(db.db, school, { lastName: 'Ракитина', firstName: 'Ольга', middleName: 'Сергеевна', position: 'учитель химии' });
  const a = await mentee(db.db, school, { lastName: 'Белов', firstName: 'Артём', middleName: 'Игоревич', position: 'учитель химии' });
  pairId = (await as(scope, (ctx) => createPair(ctx, pairInput(m, [a])))).id;
  await receiveAll(db.db, scope, pairId);
  const order = await as(scope, (ctx) => preparePairOrder(ctx));
  await as(scope, (ctx) => issuePairOrder(ctx, { documentId: order.id, issueDate: today }));
  const [pair] = await db.db.select().from(mentorPairs).where(eq(mentorPairs.id, pairId));
  expect(pair!.status).toBe('active');

  page = await (await browser.newContext()).newPage();
  await logIn(page, HEAD, DEMO_PASSWORD);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await db.pool.end();
});

const documentPdf = async (id: string) => flat(await pdfText(Buffer.from(await (await page.request.get(appUrl(`/documents/${id}/download/document.pdf`))).body())));

describe('a pair’s agreement amended and its cancellation notice registered', () => {
  it('drafts the additional agreement on the pair’s page, registers it as «ДС-1» and applies it to the pair', async () => {
    await page.goto(appUrl(`/pairs/${pairId}`));
    await page.locator('h2', { hasText: 'Изменить соглашение' }).waitFor();
    await page.getByLabel('Новая дата окончания').fill('30.06.2027');
    await page.getByLabel('Новый размер выплаты').fill('4500 рублей в месяц');
    await page.getByLabel('Номер трудового договора').fill('47');
    await page.getByRole('button', { name: 'Подготовить дополнительное соглашение' }).click();
    await page.getByText('Проект:').waitFor();

    await page.getByRole('button', { name: 'Издать и присвоить номер' }).click();
    const dialog = page.getByRole('dialog');
    // The confirmation names the agreement's own series, not the next order number.
    await expect(dialog.textContent()).resolves.toContain(`Соглашение получит номер ДС-1 от ${formatDate(today)}`);
    await dialog.getByRole('button', { name: 'Издать', exact: true }).click();
    await page.getByText(`срок: 01.10.2026 – 30.06.2027; выплата за наставничество: 4500 рублей в месяц`).waitFor();

    const [doc] = await db.db.select().from(documents).where(eq(documents.number, 'ДС-1'));
    expect(doc).toMatchObject({ template: 'agreement-amendment', status: 'issued', series: 'agreement' });
    const pdf = await documentPdf(doc!.id);
    expect(pdf).toContain('ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № ДС-1');
    expect(pdf).toContain('в размере 4500 рублей в месяц');
  }, 120_000);

  it('registers the employer’s notice of cancellation as «У-1» from the termination form, and offers no second one', async () => {
    const end = earliestCancellationEnd(today);
    await page.goto(appUrl(`/pairs/${pairId}`));
    await page.getByLabel('Основание').selectOption('cancellation');
    await page.getByLabel('В связи с чем работодатель отменяет поручение').fill('переводом наставляемого в другую образовательную организацию');
    await page.getByRole('button', { name: 'Зарегистрировать уведомление с номером' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Зарегистрировать', exact: true }).click();
    // The button's answer or, once the action's revalidation has redrawn the page, the page's own line.
    await page.getByRole('link', { name: /№ У-1/ }).first().waitFor();

    const [doc] = await db.db.select().from(documents).where(eq(documents.number, 'У-1'));
    expect(doc).toMatchObject({ template: 'cancellation-notice', status: 'issued', series: 'notice', issueDate: today });
    const pdf = await documentPdf(doc!.id);
    expect(pdf).toContain('№ У-1');
    expect(pdf).toContain(`о досрочной отмене с ${formatDate(end)}`);
    expect(pdf).toContain('Уведомление получила:');

    await page.reload();
    await page.getByText('Уведомление об отмене поручения зарегистрировано:').waitFor();
    await page.getByLabel('Основание').selectOption('cancellation');
    await page.getByLabel('В связи с чем работодатель отменяет поручение').fill('другой причиной');
    await page.getByRole('link', { name: /Просмотреть уведомление наставнику/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Зарегистрировать уведомление с номером' }).count()).toBe(0);
    const [pair] = await db.db.select().from(mentorPairs).where(eq(mentorPairs.id, pairId));
    expect(pair!.cancellationNoticeId).toBe(doc!.id);
  }, 120_000);

  it('the register lists the agreement and the notice under their own numbers', async () => {
    await page.goto(appUrl('/documents'));
    const agreement = page.locator('tr', { hasText: 'ДС-1' });
    const notice = page.locator('tr', { hasText: 'У-1' });
    await agreement.waitFor();
    await notice.waitFor();
    await expect(agreement.textContent()).resolves.toMatch(/Дополнительное соглашение/i);
    await expect(notice.textContent()).resolves.toMatch(/Уведомление/i);
    await expect(notice.textContent()).resolves.toContain(formatDate(today));
  }, 120_000);

  it('a legal reference of the consents edited on the settings page is printed in the next consent to distribution', async () => {
    const wording = 'в соответствии со статьей 10.1 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных» (в ред. от 24.06.2025)';
    await page.goto(appUrl('/school/settings'));
    const field = page.getByLabel('Согласие на распространение: основание');
    // The form fills its fields once hydrated: the default wording is there before anyone types.
    await expect.poll(() => field.inputValue(), { timeout: 30_000 }).toBe('в соответствии со статьей 10.1 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»');
    await field.fill(wording);
    const form = page.locator('form', { has: field });
    await form.getByRole('button', { name: 'Сохранить' }).click();
    await form.getByText('Сохранено.').waitFor();
    const [pair] = await db.db.select().from(mentorPairs).where(eq(mentorPairs.id, pairId));
    const consent = await page.request.get(appUrl(`/consents/distribution?person=${pair!.mentorId}`));
    expect(consent.status()).toBe(200);
    expect(flat(await pdfText(Buffer.from(await consent.body())))).toContain(`${wording} даю согласие оператору`);
  }, 120_000);
});
