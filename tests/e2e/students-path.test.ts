// The student path in Chromium at 390 px, from the introduction order to the results order: a
// curator issues the order introducing the model with its Положение and roadmap, forms a pair
// of pupils inserted here (the class-list import has its own test), the pair order is refused naming whose consent is missing, the consents are recorded with
// the parent and the co-signing pupil, the order is issued, a meeting and the results are
// recorded and the results order thanks the best pair in the dative.
import { mkdir } from 'node:fs/promises';
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/client';
import { documents, guardians, pupils, studentFormVariants, studentForms, studentMentees, studentMentors, studentPairs, users } from '@/db/schema';
import { DEMO_PASSWORD, demoLogins } from '@/db/seed';
import { addMonths } from '@/lib/core/calendar/iso-dates';
import { DEFAULT_STUDENT_FORMS } from '@/lib/domain/students/vocabulary';
import { appDatabaseUrl, appUrl, launchBrowser, logIn } from '../support/browser';
import { docxText } from '../support/extract';

const PHONE = { width: 390, height: 844 };
const SHOTS = process.env.SCREENSHOTS ?? '/tmp/students-path-screens';
const db = connect(appDatabaseUrl(), 2);
let browser: Browser;
let page: Page;
let orgId: string;
const today = new Date().toLocaleDateString('sv-SE');

const shot = (name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  const curator = demoLogins().find((l) => l.role === 'Куратор')!;
  const [u] = await db.db.select({ organizationId: users.organizationId }).from(users).where(eq(users.email, curator.email));
  orgId = u!.organizationId;
  // The walk starts from stage 1: an introduction order another file issued is set aside.
  const earlier = await db.db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.organizationId, orgId), eq(documents.template, 'student-intro-order'), inArray(documents.status, ['draft', 'issued', 'amended'])));
  if (earlier.length) {
    const ids = earlier.map((d) => d.id);
    await db.db.update(documents).set({ status: 'cancelled' }).where(or(inArray(documents.id, ids), inArray(documents.parentId, ids)));
  }
  for (const [i, f] of DEFAULT_STUDENT_FORMS.entries()) {
    const existing = await db.db.select().from(studentForms).where(and(eq(studentForms.organizationId, orgId), eq(studentForms.name, f.name)));
    if (existing.length) continue;
    const [form] = await db.db.insert(studentForms).values({ organizationId: orgId, name: f.name, mentorKinds: [...f.mentorKinds], sortOrder: i }).returning();
    await db.db.insert(studentFormVariants).values(f.variants.map((name, k) => ({ organizationId: orgId, formId: form!.id, name, sortOrder: k })));
  }
  const [anna] = await db.db
    .insert(pupils)
    .values({ organizationId: orgId, lastName: 'Петрова', firstName: 'Анна', middleName: 'Сергеевна', birthDate: addMonths(today, -13 * 12 - 2), grade: 7, classLetter: 'Б' })
    .returning();
  const [pavel] = await db.db
    .insert(pupils)
    .values({ organizationId: orgId, lastName: 'Орлов', firstName: 'Павел', middleName: 'Игоревич', birthDate: addMonths(today, -16 * 12 - 2), grade: 10, classLetter: 'А' })
    .returning();
  await db.db.insert(guardians).values([
    { organizationId: orgId, pupilId: anna!.id, lastName: 'Петрова', firstName: 'Ольга', middleName: 'Викторовна', relation: 'mother' },
    { organizationId: orgId, pupilId: pavel!.id, lastName: 'Орлов', firstName: 'Игорь', middleName: 'Петрович', relation: 'father' },
  ]);
  await db.db.insert(studentMentees).values({ pupilId: anna!.id, organizationId: orgId, request: 'математика', addedOn: today });
  await db.db.insert(studentMentors).values({ organizationId: orgId, kind: 'pupil', pupilId: pavel!.id, capacity: 2, addedOn: today, selected: true, training: 'completed' });
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  page = await context.newPage();
  await logIn(page, curator.email, DEMO_PASSWORD);
});

afterAll(async () => {
  await browser?.close();
  await db.pool.end();
});

async function submitIn(form: Locator, button: string) {
  await form.getByRole('button', { name: button }).click();
  await expect.poll(async () => (await form.getByText('Сохранено').count()) + (await form.getByRole('alert').count()), { timeout: 20_000 }).toBeGreaterThan(0);
  const alert = form.getByRole('alert');
  if (await alert.count()) throw new Error(await alert.innerText());
}

async function recordConsent(member: number, kind: string, cosigned: boolean) {
  const section = page.getByTestId(`member-${member}`);
  const details = section.locator('details').first();
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  const form = details.locator('form');
  await form.getByLabel('Согласие', { exact: true }).selectOption({ label: kind });
  await form.getByLabel('Законный представитель').selectOption({ index: 1 });
  if (cosigned) await form.getByRole('checkbox').check();
  await submitIn(form, 'Отметить');
}

describe('the student path of a curator at 390 px', () => {
  it('issues the introduction order, forms a pair, is refused the order, records consents, issues it, records meetings and results and issues the results order', async () => {
    await page.goto(appUrl('/students/introduction'));
    const curatorField = page.getByLabel('Куратор', { exact: true });
    await curatorField.selectOption({ label: (await curatorField.locator('option', { hasText: 'Воронцова' }).first().textContent())! });
    await page.getByRole('button', { name: 'Сохранить проект' }).click();
    await page.getByTestId('st-intro-draft').waitFor();
    await page.getByRole('button', { name: 'Издать и присвоить номер' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Издать', exact: true }).click();
    await page.getByTestId('st-intro-issued').waitFor();
    const introNumber = /№ (\S+) от/.exec((await page.getByTestId('st-intro-issued').textContent())!)![1]!;
    await shot('00-introduction-issued');

    await page.goto(appUrl('/students/pairs'));
    await shot('01-pairs-empty');
    const create = page.getByRole('form', { name: 'Сформировать пару' });
    await create.getByLabel('Форма наставничества').selectOption({ label: 'ученик – ученик' });
    await create.getByLabel('Наставник').selectOption({ label: 'Орлов Павел (10А) — свободно 2' });
    await create.getByLabel(/Петрова Анна \(7Б\)/).check();
    await submitIn(create, 'Сформировать');
    await expect.poll(() => page.getByTestId('student-pairs').innerText()).toContain('Петрова Анна (7Б)');
    await shot('02-pair-formed');

    await page.getByRole('button', { name: 'Подготовить проект приказа' }).click();
    await expect.poll(() => page.locator('.form-error').first().innerText(), { timeout: 20_000 }).toContain('Петрова Анна (7Б): нет согласия законного представителя на участие в программе наставничества.');
    await shot('03-order-refused');

    await page.getByRole('link', { name: 'Орлов Павел (10А)' }).click();
    await page.waitForURL(/\/students\/pairs\/[0-9a-f-]{36}$/);
    const pairUrl = page.url();
    await recordConsent(0, 'согласие на участие в программе наставничества', true);
    await recordConsent(0, 'согласие на обработку персональных данных', true);
    await recordConsent(1, 'согласие на участие в программе наставничества', false);
    await recordConsent(1, 'согласие на обработку персональных данных', false);
    await page.reload();
    await expect.poll(() => page.getByTestId('member-1').innerText()).toContain('Петрова Ольга');
    await shot('04-consents-recorded');

    await page.goto(appUrl('/students/pairs'));
    await page.getByRole('button', { name: 'Подготовить проект приказа' }).click();
    await page.getByTestId('student-order-draft').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Издать и присвоить номер' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Издать' }).click();
    await expect.poll(() => page.getByTestId('student-pairs').innerText(), { timeout: 20_000 }).toContain('закреплена приказом');
    await shot('05-order-issued');
    const [pairOrder] = await db.db
      .select()
      .from(documents)
      .where(and(eq(documents.organizationId, orgId), eq(documents.template, 'student-pair-order'), eq(documents.status, 'issued')));
    expect(await docxText(pairOrder!.docx!)).toMatch(new RegExp(`Положением о наставничестве обучающихся в .*, утвержденным приказом от \\d\\d\\.\\d\\d\\.\\d{4} № ${introNumber}`));

    await page.goto(pairUrl);
    const meeting = page.getByRole('form', { name: 'Встреча' });
    await meeting.getByLabel('Тема').fill('Разбор контрольной работы');
    await meeting.getByLabel('Обратная связь').fill('Анна разобралась с дробями.');
    await submitIn(meeting, 'Записать встречу');
    const results = page.getByRole('form', { name: 'Итоги' });
    await results.getByLabel('Результаты').fill('Анна повысила оценку по математике.');
    await results.getByRole('checkbox').check();
    await submitIn(results, 'Сохранить итоги');
    await page.reload();
    await expect.poll(() => page.getByTestId('meetings').innerText()).toContain('Разбор контрольной работы');
    await shot('06-meeting-and-results');

    await page.goto(appUrl('/students/pairs'));
    const resultsOrder = page.getByRole('form', { name: 'Приказ об итогах' });
    await resultsOrder.getByLabel('Период').fill('в 2026/2027 учебном году');
    await resultsOrder.getByRole('button', { name: 'Издать приказ об итогах' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Издать' }).click();
    await expect.poll(() => resultsOrder.getByText('Сохранено').count(), { timeout: 20_000 }).toBe(1);
    await shot('07-results-order');

    const [order] = await db.db.select().from(documents).where(and(eq(documents.organizationId, orgId), eq(documents.template, 'student-results-order')));
    expect(order!.status).toBe('issued');
    expect(await docxText(order!.docx!)).toContain('Объявить благодарность за высокие результаты участия в программе наставничества: Орлову Павлу Игоревичу (обучающийся 10А класса) и Петровой Анне Сергеевне (7Б класс).');
    const [pair] = await db.db.select().from(studentPairs).where(eq(studentPairs.orderId, pairOrder!.id));
    expect(pair!.status).toBe('completed');

    await page.goto(appUrl('/dashboard'));
    await expect.poll(() => page.getByTestId('student-path').innerText()).toContain('Приказ об итогах издан.');
    await shot('08-dashboard-student-path');
  });
});
