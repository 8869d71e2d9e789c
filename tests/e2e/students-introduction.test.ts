// The demo curator on a phone (390×844) walks stage 1 of the student model: prepares the order
// introducing the target model of mentoring of pupils, issues it with its Положение and roadmap,
// downloads the order's DOCX; then makes the program of a pair (inserted here: the pairs pages
// are another branch's), marks a meeting done and downloads the program with the mark.
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/client';
import { documents, pupils, studentFormVariants, studentForms, studentMentors, studentPairMentees, studentPairs, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed';
import { appDatabaseUrl, appUrl, launchBrowser, logIn } from '../support/browser';
import { docxText } from '../support/extract';
import { overflowReport } from '../support/layout-probe';

const CURATOR = 'vorontsova.in@school1.biysk.example';
const PHONE = { width: 390, height: 844 };

let browser: Browser;
let page: Page;
const db = connect(appDatabaseUrl(), 2);

beforeAll(async () => {
  browser = await launchBrowser();
  const [curator] = await db.db.select().from(users).where(eq(users.email, CURATOR));
  const org = curator!.organizationId;
  // A student introduction order issued by another test's setup is moved aside so the walk starts from nothing.
  const earlier = await db.db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.organizationId, org), eq(documents.template, 'student-intro-order'), inArray(documents.status, ['draft', 'issued', 'amended'])));
  if (earlier.length) {
    const ids = earlier.map((d) => d.id);
    await db.db.update(documents).set({ status: 'cancelled' }).where(or(inArray(documents.id, ids), inArray(documents.parentId, ids)));
  }
  const [form] = await db.db
    .insert(studentForms)
    .values({ organizationId: org, name: 'ученик – ученик (e2e)', mentorKinds: ['pupil'] })
    .returning();
  const [variant] = await db.db.insert(studentFormVariants).values({ organizationId: org, formId: form!.id, name: 'лидер – пассивный' }).returning();
  const [senior, junior] = await db.db
    .insert(pupils)
    .values([
      { organizationId: org, lastName: 'Белоусова', firstName: 'Анастасия', middleName: 'Дмитриевна', birthDate: '2010-03-14', grade: 10, classLetter: 'А' },
      { organizationId: org, lastName: 'Ковалёв', firstName: 'Артём', middleName: 'Сергеевич', birthDate: '2014-05-02', grade: 6, classLetter: 'Б' },
    ])
    .returning();
  const [mentor] = await db.db.insert(studentMentors).values({ organizationId: org, kind: 'pupil', pupilId: senior!.id, addedOn: '2026-09-10', selected: true }).returning();
  const today = new Date().toLocaleDateString('sv-SE');
  const start = `${Number(today.slice(0, 4)) - 1}-${today.slice(5, 7)}-01`;
  const end = `${Number(today.slice(0, 4))}-${today.slice(5, 7)}-28`;
  const [pair] = await db.db
    .insert(studentPairs)
    .values({ organizationId: org, mentorId: mentor!.id, formId: form!.id, variantId: variant!.id, kind: 'pair', startDate: start, endDate: end, status: 'active' })
    .returning();
  await db.db.insert(studentPairMentees).values({ pairId: pair!.id, pupilId: junior!.id });
  page = await (await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true })).newPage();
  await logIn(page, CURATOR, DEMO_PASSWORD);
});
afterAll(async () => {
  await browser?.close();
  await db.pool.end();
});

async function fitsThePhone() {
  const report = await overflowReport(page);
  expect(report.scrollWidth, report.offenders.join('; ')).toBeLessThanOrEqual(PHONE.width);
}

describe('stage 1 of the student model on a phone', () => {
  it('prepares the introduction order and issues it with its annexes', async () => {
    await page.goto(appUrl('/students/introduction'));
    const curator = page.getByLabel('Куратор', { exact: true });
    await curator.selectOption({ label: (await curator.locator('option', { hasText: 'Воронцова' }).first().textContent())! });
    await expect.poll(() => page.getByLabel('Должность куратора').inputValue()).not.toBe('');
    await expect(page.getByLabel('Правовые основания (по одному в строке, в творительном падеже)').inputValue()).resolves.toContain('№ Р-145');
    await fitsThePhone();
    await page.getByRole('button', { name: 'Сохранить проект' }).click();
    await page.getByTestId('st-intro-draft').waitFor();
    await page.getByRole('button', { name: 'Издать и присвоить номер' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Издать', exact: true }).click();
    await page.getByTestId('st-intro-issued').waitFor();
    await expect(page.getByTestId('st-intro-issued').textContent()).resolves.toMatch(/№ \S+ от/);
    await fitsThePhone();
  });

  it('downloads the issued order’s DOCX: the forms with their variants, the curator, both annexes', async () => {
    const issued = page.getByTestId('st-intro-issued');
    const number = /№ (\S+) от/.exec((await issued.textContent())!)![1]!;
    const hrefs = await issued.locator('a[href$="document.docx"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs).toHaveLength(3);
    const [order, regulation] = await Promise.all(hrefs.slice(0, 2).map(async (href) => docxText(await (await page.request.get(appUrl(href))).body())));
    expect(order).toContain('О внедрении целевой модели наставничества обучающихся в');
    expect(order).toContain(`№ ${number}`);
    expect(order).toContain('«ученик – ученик (e2e)» (ролевые модели: «лидер – пассивный»)');
    expect(order).toMatch(/Назначить куратором внедрения целевой модели наставничества обучающихся .* Воронцову/);
    expect(regulation).toContain('Приложение № 1');
    expect(regulation).toContain(`№ ${number}`);
    expect(regulation).toContain('о наставничестве обучающихся в');
  });

  it('creates the program of the pair, marks a meeting done and downloads it', async () => {
    await page.goto(appUrl('/students/programs'));
    await fitsThePhone();
    await page.getByRole('button', { name: 'Составить программу' }).click();
    await page.waitForURL(/\/students\/programs\/[0-9a-f-]{36}$/);
    const head = page.getByTestId('student-program-head');
    await expect(head.textContent()).resolves.toContain('«ученик – ученик (e2e)», ролевая модель «лидер – пассивный»');
    await fitsThePhone();
    await page.locator('[data-mark-row="1"] input[type="checkbox"]').click();
    await expect.poll(() => page.locator('[data-mark-row="1"]').getAttribute('data-done')).toBe('yes');
    const href = await head.locator('a[href$="program.docx"]').getAttribute('href');
    const text = await docxText(await (await page.request.get(appUrl(href!))).body());
    expect(text).toContain('Программа наставничества');
    expect(text).toContain('Белоусова Анастасия Дмитриевна, обучающаяся 10 «А» класса');
    expect(text).toMatch(/выполнено \d{2}\.\d{2}\.\d{4}/);
  });

  it('shows the same pages on a desktop without sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const desk = await context.newPage();
    await logIn(desk, CURATOR, DEMO_PASSWORD);
    const programUrl = page.url();
    for (const url of [appUrl('/students/introduction'), appUrl('/students/programs'), programUrl]) {
      await desk.goto(url);
      const report = await overflowReport(desk);
      expect(report.scrollWidth, `${url}: ${report.offenders.join('; ')}`).toBeLessThanOrEqual(1366);
    }
    await expect(desk.getByTestId('marks').textContent()).resolves.toContain('выполнено');
    await context.close();
  });
});
