// The demo curator writes a ППН for an active pair, marks a plan row done, prints the
// program from its template, completes the pair with feedback and prepares the order on
// results that thanks the mentor, issued from the register. Another school's ids are 404.
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/client';
import { menteeProfiles, mentorPairMentees, mentorPairs, organizations, people, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed';
import { formatDate } from '@/lib/core/russian';
import { appDatabaseUrl, appUrl, launchBrowser, logIn } from '../support/browser';
import { pdfText } from '../support/extract';

const CURATOR = 'vorontsova.in@school1.biysk.example';

let browser: Browser;
let page: Page;
let pairId: string;
let otherPairId: string;
const db = connect(appDatabaseUrl(), 2);
const today = new Date().toLocaleDateString('sv-SE');

async function activePair(organizationId: string, mentor: [string, string, string], mentee: [string, string, string]) {
  const [m, a] = await db.db
    .insert(people)
    .values([
      { organizationId, lastName: mentor[0], firstName: mentor[1], middleName: mentor[2], position: 'учитель химии' },
      { organizationId, lastName: mentee[0], firstName: mentee[1], middleName: mentee[2], position: 'учитель химии' },
    ])
    .returning();
  await db.db.insert(menteeProfiles).values({ personId: a!.id, organizationId, category: 'young_specialist', deficits: ['постановка школьного эксперимента'] });
  const [pair] = await db.db
    .insert(mentorPairs)
    .values({ organizationId, mentorId: m!.id, form: 'педагог – педагог', kind: 'индивидуальное', startDate: '2026-09-01', endDate: '2027-05-31', status: 'active' })
    .returning();
  await db.db.insert(mentorPairMentees).values({ pairId: pair!.id, personId: a!.id });
  return pair!.id;
}

beforeAll(async () => {
  browser = await launchBrowser();
  const [curator] = await db.db.select().from(users).where(eq(users.email, CURATOR));
  // A pair of its own (as if its pair order were issued), so other tests' pairs cannot get in the way.
  pairId = await activePair(curator!.organizationId, ['Громова', 'Алла', 'Юрьевна'], ['Ершов', 'Степан', 'Олегович']);
  const [other] = await db.db.select().from(organizations).where(eq(organizations.shortName, 'МБОУ «СОШ № 3»'));
  otherPairId = await activePair(other!.id, ['Чужая', 'Наставница', 'Ивановна'], ['Чужой', 'Наставляемый', 'Петрович']);
  page = await (await browser.newContext()).newPage();
  await logIn(page, CURATOR, DEMO_PASSWORD);
});
afterAll(async () => {
  await browser?.close();
  await db.pool.end();
});

describe('programs and completion', () => {
  it('writes the ППН from the defaults, marks a row done and prints it from the template', async () => {
    await page.locator('nav').getByRole('link', { name: 'Программы' }).click();
    await page.locator(`tr[data-pair="${pairId}"]`).getByRole('link', { name: 'Составить ППН' }).click();
    await expect.poll(() => page.getByLabel('Окончание программы').inputValue()).toBe('31.05.2027');
    // Term over a year: refused beside the field.
    await page.getByLabel('Окончание программы').fill('2027-12-31');
    await page.getByRole('button', { name: 'Сохранить программу' }).click();
    await page.getByText('Срок реализации ППН — от 3 месяцев до 1 года.').waitFor();
    await page.getByLabel('Окончание программы').fill('2027-05-31');
    await page.getByRole('button', { name: 'Сохранить программу' }).click();
    await page.getByTestId('marks').waitFor();
    // The box shows the stored mark, so it turns checked once the server has recorded it.
    await page.locator('[data-mark-row="1"]').getByRole('checkbox').click();
    await expect.poll(() => page.locator('[data-mark-row="1"]').getAttribute('data-done')).toBe('yes');
    const href = (await page.getByRole('link', { name: 'PDF' }).first().getAttribute('href'))!;
    const text = (await pdfText(await (await page.request.get(appUrl(href))).body())).replace(/\s+/g, ' ');
    expect(text).toContain('постановка школьного эксперимента');
    expect(text).toMatch(new RegExp(`выполнено .*${formatDate(today).replace(/\./g, '\\.')}`));
  });

  it('completes the pair and prepares the order thanking the mentor, issued from the register', async () => {
    await page.locator('nav').getByRole('link', { name: 'Итоги' }).click();
    const card = page.locator(`[data-pair="${pairId}"]`);
    await card.getByLabel('Результаты').fill('Проведены два открытых урока; эксперимент освоен.');
    await card.getByLabel('Отзыв наставника').fill('Уверенно ведёт практические работы.');
    await card.getByLabel('Отзыв наставляемого').fill('Спасибо за поддержку.');
    await card.getByRole('button', { name: 'Завершить' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Завершить', exact: true }).click();
    await page.getByTestId('finished-pairs').getByText('Проведены два открытых урока').waitFor();
    const form = page.getByTestId('results-order-form');
    for (const box of await form.locator('input[type="checkbox"][name^="pairs."]').all()) await box.uncheck();
    const line = form.locator('.row', { hasText: 'Ершов' });
    await line.getByRole('checkbox').check();
    await form.locator('[data-mentor^="Громова"]').getByRole('checkbox').check();
    // One plan row of the ППН is done: «программа выполнена» is refused, «частично» is the truth.
    await form.getByRole('button', { name: 'Подготовить приказ' }).click();
    await page.getByText(/Итог «программа выполнена» — только когда в ППН отмечены все мероприятия/).waitFor();
    await line.getByLabel('Итог').selectOption('partial');
    await form.getByRole('button', { name: 'Подготовить приказ' }).click();
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: 'Издать и присвоить номер' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Издать', exact: true }).click();
    await page.getByText(/№ \d+-од/).first().waitFor();
    const pdfHref = (await page.getByRole('link', { name: 'PDF' }).first().getAttribute('href'))!;
    const order = (await pdfText(await (await page.request.get(appUrl(pdfHref))).body())).replace(/\s+/g, ' ');
    // The results order is organisational: the thanks go to the personnel order «О поощрении наставников» (ст. 191 ТК РФ).
    expect(order).toContain('оформить приказом по личному составу.');
    expect(order).not.toContain('Объявить благодарность');
    await page.goto(appUrl('/dashboard'));
    await expect(page.locator('[data-step="9"]').getAttribute('data-state')).resolves.toBe('done');
  });

  it('another school’s pair and program are not found', async () => {
    expect((await page.goto(appUrl(`/programs/pair/${otherPairId}`)))?.status()).toBe(404);
    expect((await page.goto(appUrl('/programs/pair/not-a-uuid')))?.status()).toBe(404);
    expect((await page.request.get(appUrl(`/programs/${crypto.randomUUID()}/print/program.pdf`))).status()).toBe(404);
    expect((await page.goto(appUrl(`/programs/iom/${crypto.randomUUID()}`)))?.status()).toBe(404);
  });
});
