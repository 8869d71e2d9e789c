// The student model's monitoring at 390 px: the curator of the demo school types a mentee's
// questionnaire from paper and sees the stage 1 summary; the regional operator sees the
// student indicators (counts only) and downloads the XLSX. Pupils, a form and a pair are
// inserted directly: the pages that create them are built on other branches.
import { and, eq } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/client';
import { organizations, pupils, studentForms, studentMentors, studentPairMentees, studentPairs } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed';
import { appDatabaseUrl, appUrl, launchBrowser, logIn } from '../support/browser';

let browser: Browser;
const contexts: BrowserContext[] = [];
const PHONE = { width: 390, height: 844 };

beforeAll(async () => {
  browser = await launchBrowser();
  const { db, pool } = connect(appDatabaseUrl(), 1);
  try {
    const [school] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.shortName, 'МБОУ «СОШ № 1»'));
    const organizationId = school!.id;
    const [mentee, mentor] = await db
      .insert(pupils)
      .values([
        { organizationId, lastName: 'Ёлкина-Приходько', firstName: 'Айгуль', middleName: 'Рашидовна', birthDate: '2014-04-04', grade: 6, classLetter: 'Б' },
        { organizationId, lastName: 'Шевчук', firstName: 'Ильдар', middleName: 'Ринатович', birthDate: '2010-02-02', grade: 10, classLetter: 'А' },
      ])
      .returning({ id: pupils.id });
    // The demo school has the default forms; the fixture's pair takes «ученик – ученик».
    const [form] = await db
      .select({ id: studentForms.id })
      .from(studentForms)
      .where(and(eq(studentForms.organizationId, organizationId), eq(studentForms.name, 'ученик – ученик')));
    const [m] = await db.insert(studentMentors).values({ organizationId, kind: 'pupil', pupilId: mentor!.id, addedOn: '2026-09-01' }).returning({ id: studentMentors.id });
    const [pair] = await db
      .insert(studentPairs)
      .values({ organizationId, mentorId: m!.id, formId: form!.id, kind: 'индивидуальное', startDate: '2026-09-01', endDate: '2027-05-31', status: 'active' })
      .returning({ id: studentPairs.id });
    await db.insert(studentPairMentees).values({ pairId: pair!.id, pupilId: mentee!.id });
  } finally {
    await pool.end();
  }
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

async function onPhone(email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  contexts.push(context);
  const page = await context.newPage();
  await logIn(page, email, DEMO_PASSWORD);
  return page;
}

const wide = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('monitoring of the student model', () => {
  it('the curator types a mentee’s questionnaire from paper and sees the summary with strengths and weaknesses', async () => {
    const page = await onPhone('vorontsova.in@school1.biysk.example');
    await page.goto(appUrl('/students/monitoring'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Мониторинг программы наставничества обучающихся');
    const pair = page.getByTestId('pair-questionnaires');
    await expect(pair.textContent()).resolves.toContain('Шевчук Ильдар Ринатович — Ёлкина-Приходько Айгуль Рашидовна');
    expect(await wide(page)).toBeLessThanOrEqual(PHONE.width);
    await pair.locator('tr', { hasText: 'наставляемый: Ёлкина-Приходько' }).filter({ hasText: 'этап 1' }).getByRole('link', { name: 'Заполнить' }).click();
    await page.waitForURL(/\/students\/monitoring\/fill\?/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Анкета наставляемого');
    // A paper form with blank scores is refused in Russian, naming the questions.
    await page.getByRole('button', { name: 'Сохранить анкету' }).click();
    await expect(page.locator('p.form-error').textContent()).resolves.toMatch(/^Анкета заполнена не полностью: Вопрос 1: поставьте оценку от 1 до 10\./);
    const scores = { comfort: '9', usefulness: '8', regularity: '4', goals: '8', curatorSupport: '7', wouldRepeat: '10' };
    for (const [key, value] of Object.entries(scores)) await page.locator(`select[data-question="${key}"]`).selectOption(value);
    await page.locator('textarea[data-question="improve"]').fill('Встречаться чаще');
    expect(await wide(page)).toBeLessThanOrEqual(PHONE.width);
    await page.getByRole('button', { name: 'Сохранить анкету' }).click();
    await page.waitForURL(/\/students\/monitoring\?saved=1/);
    await expect(page.getByRole('status').textContent()).resolves.toBe('Анкета сохранена.');
    const summary = page.getByTestId('quality-summary');
    await expect(summary.locator('tr', { hasText: 'Насколько комфортно было работать с наставником?' }).textContent()).resolves.toBe(
      'наставляемыйНасколько комфортно было работать с наставником?19,09 × 1',
    );
    const swot = await page.getByTestId('swot').textContent();
    expect(swot).toContain('Насколько комфортно было работать с наставником? (наставляемый: 9,0)');
    expect(swot).toContain('Насколько регулярными были встречи? (наставляемый: 4,0)');
    expect(await wide(page)).toBeLessThanOrEqual(PHONE.width);
    const blanks = await page.request.get(appUrl('/students/monitoring/blanks/questionnaires.pdf'));
    expect(blanks.status()).toBe(200);
    expect((await blanks.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('the regional operator sees the student indicators as counts and downloads the XLSX', async () => {
    const page = await onPhone('region@nastavnik.demo');
    await page.goto(appUrl('/indicators'));
    const mentees = page.locator('[data-testid="student-indicators"] [data-indicator="studentMentees"]');
    const text = await mentees.textContent();
    expect(text).toContain('Доля обучающихся в возрасте от 10 до 19 лет');
    expect(text).toMatch(/\d+ из \d+ обучающихся 10–19 лет/);
    expect(await page.locator('[data-testid="student-indicators"] [data-indicator="studentMentors"]').textContent()).toContain('15–19 лет');
    const body = (await page.textContent('main')) ?? '';
    for (const name of ['Ёлкина-Приходько', 'Шевчук']) expect(body).not.toContain(name);
    await expect(page.getByTestId('student-plans').textContent()).resolves.toContain('целевая модель (по умолчанию)');
    expect(await wide(page)).toBeLessThanOrEqual(PHONE.width);
    const xlsx = await page.request.get(appUrl('/indicators/export'));
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');
    // The district never reaches the school's questionnaires, which carry pupils' names.
    const district = await onPhone('district@nastavnik.demo');
    expect((await district.goto(appUrl('/students/monitoring')))?.status()).toBe(403);
  });
});
