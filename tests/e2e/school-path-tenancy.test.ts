// Another school's ids along the school path, through the real server: the demo curator of
// МБОУ «СОШ № 1» opens the pages and files of МБОУ «СОШ № 3» by their addresses (404, no
// foreign data) and submits its ids through the forms of the path — a rewritten select or
// hidden input, or a rewritten server-action request where the page holds no id to rewrite
// (the pair's mentor radio, the staff form) — and gets a Russian error with nothing written.
//
// Setup creates both schools' records through the domain operations: a pair with its
// consents, a ППН, an issued order and a consent scan in СОШ № 3; a forming pair and an
// unpaired mentee in СОШ № 1 for the forms.
import { createHash } from 'node:crypto';
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Browser, Locator, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/client';
import { consents, files, menteeProfiles, mentorPairMentees, mentorPairs, mentorProfiles, organizations, people, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed';
import { addDays, addMonths } from '@/lib/core/calendar/iso-dates';
import { mentorListOrderSchema } from '@/lib/domain/validations/banks';
import { createPairSchema } from '@/lib/domain/validations/pairs';
import { ppnFormSchema } from '@/lib/domain/validations/programs';
import { loadScope, type Scope } from '@/lib/server/auth/scope';
import { createMentorListOrder } from '@/lib/server/banks/create-mentor-list-order';
import { type OpContext, runInScope } from '@/lib/server/context';
import { issueDocument } from '@/lib/server/documents/issue-document';
import { createPair } from '@/lib/server/pairs/create-pair';
import { savePpn } from '@/lib/server/programs/save-ppn';
import { appDatabaseUrl, appUrl, launchBrowser, logIn } from '../support/browser';

const CURATOR = 'vorontsova.in@school1.biysk.example';
const FOREIGN_HEAD = 'head2@nastavnik.demo';
const SCAN = Buffer.from('%PDF-1.4\n% scan of СОШ № 3\n%%EOF\n');
const today = new Date().toLocaleDateString('sv-SE');
const term = { start: today, end: addDays(addMonths(today, 9), -1) };
const db = connect(appDatabaseUrl(), 2);

/** Names that must never show up for the СОШ № 1 curator. */
const FOREIGN_NAMES = ['Чужакова', 'Посторонний', 'Сторонняя', 'Надзорова'];
const foreign = {} as { school: string; mentor: string; mentee: string; stranger: string; pair: string; consent: string; program: string; order: string };
const own = {} as { mentorA: string; mentorB: string; mentee1: string; mentee2: string; pair: string };

let browser: Browser;
let page: Page;

async function asUser<T>(email: string, body: (ctx: OpContext, scope: Scope) => Promise<T>): Promise<T> {
  const [user] = await db.db.select().from(users).where(eq(users.email, email));
  const scope = (await loadScope(db.db, user!.id))!;
  return runInScope(db.db, scope, { ip: null, userAgent: 'e2e setup' }, (ctx) => body(ctx, scope));
}

async function staff(organizationId: string, rows: [string, string, string, string][]): Promise<string[]> {
  const inserted = await db.db
    .insert(people)
    .values(
      rows.map(([lastName, firstName, middleName, position]) => ({
        organizationId,
        lastName,
        firstName,
        middleName,
        position,
        subjects: ['Математика'],
        personalDataConsent: true,
        personalDataConsentDate: '2026-09-01',
        pedagogicalStart: '2010-09-01',
      })),
    )
    .returning({ id: people.id });
  return inserted.map((p) => p.id);
}

beforeAll(async () => {
  // СОШ № 3: a group of its own with consents requested, one received with a scan, a ППН and an issued order.
  const [school3] = await db.db.select().from(organizations).where(eq(organizations.shortName, 'МБОУ «СОШ № 3»'));
  foreign.school = school3!.id;
  let curator3: string;
  [foreign.mentor, foreign.mentee, foreign.stranger, curator3] = await staff(foreign.school, [
    ['Чужакова', 'Зинаида', 'Петровна', 'учитель математики'],
    ['Посторонний', 'Игнат', 'Львович', 'учитель математики'],
    ['Сторонняя', 'Вера', 'Олеговна', 'учитель истории'],
    ['Надзорова', 'Нина', 'Ильинична', 'заместитель директора'],
  ]);
  // A ППН names the school's curator: СОШ № 3 gets one, with a staff record.
  const [head3] = await db.db.select().from(users).where(eq(users.email, FOREIGN_HEAD));
  await db.db
    .insert(users)
    .values({
      organizationId: foreign.school,
      role: 'curator',
      email: 'nadzorova@school3.e2e.test',
      fullName: 'Надзорова Нина Ильинична',
      passwordHash: head3!.passwordHash,
      personId: curator3,
    });
  await db.db
    .insert(mentorProfiles)
    .values({ personId: foreign.mentor, organizationId: foreign.school, competences: ['проектная деятельность'], capacity: 2, training: 'completed' });
  await db.db
    .insert(menteeProfiles)
    .values({ personId: foreign.mentee, organizationId: foreign.school, category: 'young_specialist', deficits: ['проектная деятельность'] });
  await asUser(FOREIGN_HEAD, async (ctx) => {
    const pair = createPairSchema.parse({
      mentorId: foreign.mentor,
      menteeIds: [foreign.mentee],
      form: 'педагог – педагог',
      kind: 'индивидуальное',
      ...term,
      paymentSize: '3000 рублей в месяц',
    });
    foreign.pair = (await createPair(ctx, pair)).id;
    const ppn = ppnFormSchema.parse({
      pairId: foreign.pair,
      ...term,
      deficits: [{ text: 'проектная деятельность' }],
      goal: 'Освоить проектную деятельность',
      tasks: [{ text: 'спланировать проект' }],
      activities: [{ title: 'Разработка проекта Посторонним И.Л.', form: 'консультация', due: 'декабрь', result: 'план проекта', doneOn: '' }],
    });
    foreign.program = (await savePpn(ctx, ppn)).id;
    const list = mentorListOrderSchema.parse({ period: 'на учебный год', categories: [{ personId: foreign.mentor, category: '' }] });
    foreign.order = (await createMentorListOrder(ctx, list)).id;
    await issueDocument(ctx, { documentId: foreign.order, issueDate: today });
  });
  const [scan] = await db.db
    .insert(files)
    .values({
      organizationId: foreign.school,
      filename: 'scan.pdf',
      contentType: 'application/pdf',
      size: SCAN.length,
      sha256: createHash('sha256').update(SCAN).digest('hex'),
      bytes: SCAN,
    })
    .returning({ id: files.id });
  const [consent] = await db.db
    .update(consents)
    .set({ status: 'received', receivedOn: today, scanId: scan!.id })
    .where(and(eq(consents.pairId, foreign.pair), eq(consents.kind, 'mentor_duties')))
    .returning({ id: consents.id });
  foreign.consent = consent!.id;

  // СОШ № 1: two mentors, a forming pair with its consents and an unpaired mentee, for the forms.
  const [curator] = await db.db.select().from(users).where(eq(users.email, CURATOR));
  const school1 = curator!.organizationId;
  [own.mentorA, own.mentorB, own.mentee1, own.mentee2] = await staff(school1, [
    ['Мухина', 'Лариса', 'Викторовна', 'учитель математики'],
    ['Ветров', 'Олег', 'Павлович', 'учитель математики'],
    ['Сорокин', 'Денис', 'Юрьевич', 'учитель математики'],
    ['Белкина', 'Алина', 'Романовна', 'учитель математики'],
  ]);
  await db.db
    .insert(mentorProfiles)
    .values(
      [own.mentorA, own.mentorB].map((personId) => ({
        personId,
        organizationId: school1,
        competences: ['проектная деятельность'],
        capacity: 3,
        training: 'completed' as const,
      })),
    );
  await db.db
    .insert(menteeProfiles)
    .values(
      [own.mentee1, own.mentee2].map((personId) => ({
        personId,
        organizationId: school1,
        category: 'young_specialist' as const,
        deficits: ['проектная деятельность'],
      })),
    );
  await asUser(CURATOR, async (ctx) => {
    const pair = createPairSchema.parse({
      mentorId: own.mentorA,
      menteeIds: [own.mentee1],
      form: 'педагог – педагог',
      kind: 'индивидуальное',
      ...term,
      paymentSize: '3000 рублей в месяц',
    });
    own.pair = (await createPair(ctx, pair)).id;
  });

  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  await logIn(page, CURATOR, DEMO_PASSWORD);
});

afterAll(async () => {
  await browser?.close();
  await db.pool.end();
});

async function expectNotFoundPage(path: string) {
  const res = await page.goto(appUrl(path));
  expect(res?.status(), path).toBe(404);
  await expect(page.locator('h1').textContent()).resolves.toBe('Страница не найдена');
  const html = await page.content();
  for (const name of FOREIGN_NAMES) expect(html, path).not.toContain(name);
}

async function expectNotFoundFile(path: string) {
  const res = await page.request.get(appUrl(path));
  expect(res.status(), path).toBe(404);
  const body = await res.text();
  expect(body, path).toMatch(/не найден/);
  for (const name of FOREIGN_NAMES) expect(body, path).not.toContain(name);
}

/** Waits until React has hydrated the element: before that, the form neither sees events nor has set its values. */
async function hydrated(target: Locator) {
  await expect.poll(() => target.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactProps')))).toBe(true);
}

/** Gives a select's option (or a hidden input) another school's id, as a forged page would. */
async function forge(target: Locator, id: string) {
  await hydrated(target);
  await target.evaluate((el, value) => {
    if (el instanceof HTMLSelectElement) {
      const option = [...el.options].find((o) => o.value) ?? el.options[0]!;
      option.value = value;
      el.value = value;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    } else (el as HTMLInputElement).value = value;
  }, id);
}

/**
 * Rewrites an id in the server-action requests the page sends from now on, as a forged client
 * would; `done` stops and tells how many requests were rewritten.
 */
async function rewriteActionRequests(from: string, to: string) {
  let rewritten = 0;
  const handler = async (route: Route) => {
    const request = route.request();
    const body = request.postData();
    if (request.method() !== 'POST' || !request.headers()['next-action'] || !body?.includes(from)) return route.continue();
    rewritten++;
    return route.continue({ postData: body.replaceAll(from, to) });
  };
  await page.route('**/*', handler);
  return {
    done: async () => {
      await page.unroute('**/*', handler);
      return rewritten;
    },
  };
}

describe('another school’s ids along the school path', () => {
  it('its pages and files are not found by address, and show nothing of it', async () => {
    await expectNotFoundPage(`/documents/${foreign.order}`);
    await expectNotFoundPage(`/pairs/${foreign.pair}`);
    await expectNotFoundPage(`/staff/${foreign.stranger}`);
    await expectNotFoundPage(`/banks/${foreign.mentor}`);
    await expectNotFoundPage(`/banks/${foreign.mentee}`);
    await expectNotFoundPage(`/programs/pair/${foreign.pair}`);
    await expectNotFoundPage(`/programs/iom/${foreign.mentee}`);
    for (const file of ['document.pdf', 'document.docx', 'acknowledgements.pdf', 'acknowledgements.docx'])
      await expectNotFoundFile(`/documents/${foreign.order}/download/${file}`);
    await expectNotFoundFile(`/programs/${foreign.program}/print/program.pdf`);
    await expectNotFoundFile(`/programs/${foreign.program}/print/program.docx`);
    await expectNotFoundFile(`/consents/${foreign.consent}/scan`);
    await expectNotFoundFile(`/consents/print?pair=${foreign.pair}`);
    await expectNotFoundFile(`/staff/${foreign.stranger}/personal-data`);
    // The school's own lists do not show it either.
    for (const path of ['/documents', '/pairs', '/consents', '/programs', '/banks', '/staff']) {
      await page.goto(appUrl(path));
      const html = await page.content();
      for (const name of FOREIGN_NAMES) expect(html, path).not.toContain(name);
    }
  }, 120_000);

  it('the pair form refuses another school’s mentor, and the group form another school’s mentee', async () => {
    await page.goto(appUrl('/pairs'));
    const card = page.locator(`[data-mentee="${own.mentee2}"]`);
    // React writes a radio's rendered value back before the form reads it: the forged mentor goes into the request.
    const radio = card.getByRole('radio', { name: 'Выбрать наставника Ветров О.П.' });
    await hydrated(radio);
    await radio.check();
    await card.getByLabel('Выплата за наставничество').fill('3000 рублей в месяц');
    const forged = await rewriteActionRequests(own.mentorB, foreign.mentor);
    await card.getByRole('button', { name: 'Сформировать пару' }).click();
    await expect(card.locator('p.form-error').textContent()).resolves.toBe('Запись о наставнике не найдена или недоступна.');
    expect(await forged.done()).toBe(1);
    expect(await db.db.select().from(mentorPairs).where(eq(mentorPairs.mentorId, foreign.mentor))).toHaveLength(1);
    expect(await db.db.select().from(mentorPairMentees).where(eq(mentorPairMentees.personId, own.mentee2))).toHaveLength(0);

    await page.goto(appUrl(`/pairs/${own.pair}`));
    await forge(page.getByLabel('Наставляемый'), foreign.mentee);
    await page.getByRole('button', { name: 'Добавить в группу' }).click();
    await expect(page.locator('p.form-error').textContent()).resolves.toBe('Запись о наставляемом не найдена или недоступна.');
    const members = await db.db
      .select()
      .from(mentorPairMentees)
      .where(or(eq(mentorPairMentees.pairId, own.pair), eq(mentorPairMentees.personId, foreign.mentee)));
    expect(members.map((m) => [m.pairId, m.personId]).sort()).toEqual(
      [
        [foreign.pair, foreign.mentee],
        [own.pair, own.mentee1],
      ].sort(),
    );
  });

  it('the consent mark refuses another school’s consent', async () => {
    await page.goto(appUrl('/consents'));
    const form = page.locator(`[data-pair="${own.pair}"] tbody tr`).first().locator('form');
    await forge(form.locator('input[name="consentId"]'), foreign.consent);
    await form.getByRole('button', { name: 'Отметить' }).click();
    await expect(form.locator('.form-error').textContent()).resolves.toBe('Запись о согласии не найдена или недоступна.');
    const [theirs] = await db.db.select().from(consents).where(eq(consents.id, foreign.consent));
    expect(theirs).toMatchObject({ status: 'received', receivedOn: today, recordedBy: null });
    const ours = await db.db.select().from(consents).where(eq(consents.pairId, own.pair));
    expect(ours.every((c) => c.status === 'requested')).toBe(true);
  });

  it('the bank form refuses another school’s staff member', async () => {
    await page.goto(appUrl('/banks'));
    const card = page.locator('.card', { has: page.getByRole('heading', { name: 'Добавить наставляемого' }) });
    await forge(card.getByLabel('Сотрудник'), foreign.stranger);
    await card.getByRole('button', { name: 'Добавить в банк наставляемых' }).click();
    await expect(card.locator('p.form-error').textContent()).resolves.toBe('Запись о сотруднике не найдена или недоступна.');
    expect(await db.db.select().from(menteeProfiles).where(eq(menteeProfiles.personId, foreign.stranger))).toHaveLength(0);
  });

  it('the staff form refuses another school’s staff member sent in a rewritten request', async () => {
    await page.goto(appUrl(`/staff/${own.mentee2}`));
    await expect.poll(() => page.getByLabel('Фамилия').inputValue()).toBe('Белкина');
    // The edit form keeps the id out of the page: the forged id goes into the server action's request.
    const forged = await rewriteActionRequests(own.mentee2, foreign.stranger);
    await page.getByLabel('Фамилия').fill('Взломанная');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page.locator('p.form-error').textContent()).resolves.toBe('Запись о сотруднике не найдена или недоступна.');
    expect(await forged.done()).toBe(1);
    const rows = await db.db
      .select({ id: people.id, lastName: people.lastName })
      .from(people)
      .where(inArray(people.id, [foreign.stranger, own.mentee2]));
    expect(Object.fromEntries(rows.map((r) => [r.id, r.lastName]))).toEqual({ [foreign.stranger]: 'Сторонняя', [own.mentee2]: 'Белкина' });
  });
});
