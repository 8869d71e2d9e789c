// The whole school path in Chromium, from an empty school of the demo district to the order
// on results: the head creates the curator's account, and from then on the curator does
// everything in the browser — settings, the staff list from an XLSX, the introduction order,
// the banks and their order, a group from the matching suggestion, the consents, the pair
// order with its acknowledgement sheet, the ППН and the completion. Every issued document is
// downloaded and its text checked; the database is only read, to assert — save once, to move
// the group's start a term back, since a pair is never completed on its first day. The screens, clicks
// and fields up to the issued pair order are counted: how long the path takes a new user.
import { and, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/client';
import { documents, mentorPairs, organizations, people, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed';
import { declineFullName, formatDate, initialsAfter, initialsBefore, type GrammaticalCase } from '@/lib/core/russian';
import { appDatabaseUrl, appUrl, launchBrowser } from '../support/browser';
import { downloadBy, flat, textOf } from '../support/e2e-files';
import { type Counts, Tally } from '../support/e2e-tally';

const SCHOOL = 'МБОУ «СОШ № 3»';
const HEAD = 'head2@nastavnik.demo';
const CURATOR = { lastName: 'Белоусова', firstName: 'Ирина', middleName: 'Викторовна', email: 'belousova.iv@school3.e2e.test', password: 'kurator-2026' };
const MENTOR = { lastName: 'Шевчук', firstName: 'Анна', middleName: 'Игоревна' };
const MENTEES = [
  { lastName: 'Долгих', firstName: 'Артём', middleName: 'Ильич' },
  { lastName: 'Ларионова', firstName: 'Дарья', middleName: 'Сергеевна' },
];
const SUFFIX = '-нс';
const PAY_BASIS = 'пунктом 4.5 Положения об оплате труда работников МБОУ «СОШ № 3», утвержденного приказом от 28.08.2026 № 140-нс';
const MUNICIPAL = {
  issuer: 'приказом МКУ «Управление образования Администрации города Бийска»',
  date: '2026-08-25',
  number: '845',
  name: 'О реализации системы наставничества педагогических работников в 2026/2027 учебном году',
};
const MUNICIPAL_WORDED = `${MUNICIPAL.issuer} от 25.08.2026 № ${MUNICIPAL.number} «${MUNICIPAL.name}»`;
const EDITED = 'Наставники и наставляемые МБОУ «СОШ № 3» встречаются по четвергам в кабинете № 21; график утверждает куратор.';
const PLAN_ROW = 'Совместный разбор задач с параметром на уроке алгебры в 10 классе';

const full = (p: { lastName: string; firstName: string; middleName: string }) => `${p.lastName} ${p.firstName} ${p.middleName}`;
const decline = (p: { lastName: string; firstName: string; middleName: string }, c: GrammaticalCase) => declineFullName(p, c);
const today = new Date().toLocaleDateString('sv-SE');
const year = Number(today.slice(0, 4));

let browser: Browser;
let page: Page;
let schoolId: string;
const tally = new Tally();
const timeline: { step: string; ms: number; counts: Counts }[] = [];
const startedAt = Date.now();
const db = connect(appDatabaseUrl(), 2);

/** Staff as the school keeps them: two experienced teachers, two young specialists, the curator. */
async function staffXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Педагоги');
  ws.addRow(['Фамилия', 'Имя', 'Отчество', 'Должность', 'Предметы', 'Дата начала педагогической деятельности', 'Дата рождения', 'Email']);
  const born = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
  ws.addRow([CURATOR.lastName, CURATOR.firstName, CURATOR.middleName, 'заместитель директора по учебно-воспитательной работе', 'история', '15.08.2003', born(1979, 3, 14), CURATOR.email]);
  ws.addRow([MENTOR.lastName, MENTOR.firstName, MENTOR.middleName, 'учитель математики', 'математика', '01.09.2004', born(1981, 11, 2), '']);
  ws.addRow(['Гордеев', 'Николай', 'Степанович', 'учитель физики', 'физика', '01.09.1996', born(1973, 6, 30), '']);
  ws.addRow([MENTEES[0]!.lastName, MENTEES[0]!.firstName, MENTEES[0]!.middleName, 'учитель математики', 'математика', `01.09.${year - 1}`, born(2001, 5, 19), '']);
  ws.addRow([MENTEES[1]!.lastName, MENTEES[1]!.firstName, MENTEES[1]!.middleName, 'учитель русского языка', 'русский язык, литература', `15.09.${year - 2}`, born(2000, 1, 8), '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function signIn(email: string, password: string) {
  await page.goto(appUrl('/login'));
  await tally.fill(page.getByLabel('Эл. почта'), email);
  await tally.fill(page.getByLabel('Пароль'), password);
  await tally.click(page.getByRole('button', { name: 'Войти' }));
  await page.waitForURL('**/dashboard');
}

async function openFromMenu(label: string, path: string) {
  await tally.click(page.locator('nav').getByRole('link', { name: label, exact: true }));
  await page.waitForURL(`**${path}`);
}

const step = (name: string) => timeline.push({ step: name, ms: Date.now() - startedAt, counts: tally.snapshot() });

/** The PDF and DOCX behind the first links on the page whose addresses end so, as text. */
async function documentTexts(scope: Pick<Page, 'locator'>, file = '/download/document') {
  const link = (ext: string) => scope.locator(`a[href$="${file}.${ext}"]`).first();
  const pdf = await textOf(await downloadBy(page, () => link('pdf').click()));
  const docx = await textOf(await downloadBy(page, () => link('docx').click()));
  return { pdf, docx };
}

const stateOf = (no: number) => page.locator(`[data-step="${no}"]`).getAttribute('data-state');

beforeAll(async () => {
  const [school] = await db.db.select().from(organizations).where(eq(organizations.shortName, SCHOOL));
  schoolId = school!.id;
  // The walk starts from an empty school: a leftover of another run would make it meaningless.
  expect(await db.db.select({ id: people.id }).from(people).where(eq(people.organizationId, schoolId))).toHaveLength(0);
  expect(await db.db.select({ id: documents.id }).from(documents).where(eq(documents.organizationId, schoolId))).toHaveLength(0);
  browser = await launchBrowser();
  page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  tally.watch(page);
});
afterAll(async () => {
  // How long the path took, printed with the run.
  console.log(`school path: ${JSON.stringify(timeline, null, 1)}`);
  await browser?.close();
  await db.pool.end();
});

describe('the school path of a new curator, from an empty school to the order on results', () => {
  it('the head creates the curator’s account with the consent to electronic HR documents', async () => {
    await signIn(HEAD, DEMO_PASSWORD);
    await expect(page.locator('h1').textContent()).resolves.toBe(`${SCHOOL}: путь внедрения наставничества`);
    await expect(stateOf(1)).resolves.toBe('progress');
    await expect(page.locator('[data-step="1"]').textContent()).resolves.toContain('Назначьте куратора');
    await openFromMenu('Учётные записи', '/users');
    await tally.fill(page.getByLabel('Фамилия'), CURATOR.lastName);
    await tally.fill(page.getByLabel('Имя', { exact: true }), CURATOR.firstName);
    await tally.fill(page.getByLabel('Отчество'), CURATOR.middleName);
    await tally.fill(page.getByLabel('Эл. почта (логин)'), CURATOR.email);
    await tally.fill(page.getByLabel('Пароль'), CURATOR.password);
    await tally.check(page.getByLabel(/согласие на электронный кадровый документооборот/));
    await tally.click(page.getByRole('button', { name: 'Создать' }));
    await page.getByText('Учётная запись создана.').waitFor();
    await expect(page.locator('tr', { hasText: CURATOR.email }).textContent()).resolves.toContain('Куратор');
    await expect(page.locator('tr', { hasText: CURATOR.email }).textContent()).resolves.toContain('согласие дано (ст. 22.1 ТК РФ)');
    await tally.click(page.getByRole('button', { name: 'Выйти' }));
    await page.waitForURL('**/login');
    step('curator account created');
  });

  it('the curator signs in and sets the order suffix and the municipal order in the settings', async () => {
    await signIn(CURATOR.email, CURATOR.password);
    await expect(stateOf(1)).resolves.toBe('done');
    await expect(stateOf(2)).resolves.toBe('todo');
    await openFromMenu('Сведения об организации', '/school/settings');
    // The federal bases are there before the school types anything.
    const bases = page.getByTestId('legal-bases');
    await expect(bases.locator('textarea').first().inputValue()).resolves.toBe('статьей 351.8 Трудового кодекса Российской Федерации');
    const prefilled = await bases.locator('textarea').evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
    expect(prefilled.some((t) => t.startsWith('Федеральным законом от 29.12.2012 № 273-ФЗ'))).toBe(true);
    await tally.fill(page.getByLabel('Суффикс номера приказа'), SUFFIX);
    await tally.fill(page.getByLabel('Пункт Положения об оплате труда о выплате за наставничество'), PAY_BASIS);
    await tally.click(page.getByRole('button', { name: 'Добавить приказ (региональный, муниципальный)' }));
    const act = page.locator('[data-basis]').last();
    await tally.fill(act.getByLabel('Кем издан (творительный падеж)'), MUNICIPAL.issuer);
    await tally.fill(act.getByLabel('Дата'), MUNICIPAL.date);
    await tally.fill(act.getByLabel('Номер'), MUNICIPAL.number);
    await tally.fill(act.getByLabel('Наименование акта'), MUNICIPAL.name);
    await expect(act.getByTestId('basis-worded').textContent()).resolves.toBe(MUNICIPAL_WORDED);
    await tally.click(page.getByRole('button', { name: 'Сохранить' }).first());
    await page.getByText('Сохранено.').waitFor();
    const [org] = await db.db.select().from(organizations).where(eq(organizations.id, schoolId));
    expect(org!.orderSuffix).toBe(SUFFIX);
    expect(org).toMatchObject({ payBasis: PAY_BASIS, personnelOrderSuffix: '-лс' });
    expect(org!.legalBases.at(-1)!.title).toBe(MUNICIPAL_WORDED);
    step('settings saved');
  });

  it('the introduction page sends an empty school to the staff import, which loads the XLSX', async () => {
    await openFromMenu('Внедрение', '/introduction');
    await tally.click(page.getByTestId('intro-no-staff').getByRole('link', { name: 'загрузите список сотрудников' }));
    await page.waitForURL('**/staff/import');
    await tally.upload(page.locator('#staff-file'), { name: 'педагоги.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await staffXlsx() });
    await tally.click(page.getByRole('button', { name: 'Загрузить файл' }));
    await page.getByText('Файл «педагоги.xlsx»: строк — 6.').waitFor();
    await expect(page.locator('#map-email').inputValue()).resolves.toBe('7');
    await tally.check(page.getByLabel(/Школа располагает согласиями/));
    await tally.click(page.getByRole('button', { name: 'Проверить' }));
    await page.getByText('Ошибок нет: к загрузке сотрудников — 5.').waitFor();
    await tally.click(page.getByRole('button', { name: 'Загрузить сотрудников: 5' }));
    await page.waitForURL('**/staff?imported=5');
    const table = (await page.getByTestId('staff').textContent()) ?? '';
    for (const name of [full(CURATOR), full(MENTOR), 'Гордеев Николай Степанович', ...MENTEES.map(full)]) expect(table).toContain(name);
    // The curator's account is now the curator's staff record (same email): orders name her.
    const [account] = await db.db.select().from(users).where(eq(users.email, CURATOR.email));
    const [record] = await db.db.select().from(people).where(and(eq(people.organizationId, schoolId), eq(people.lastName, CURATOR.lastName)));
    expect(account!.personId).toBe(record!.id);
    step('staff imported');
  });

  it('prepares the introduction order with an edited section of the Положение, issues it and downloads the three files', async () => {
    await openFromMenu('Внедрение', '/introduction');
    // The curator's own staff record is proposed, and the appointment is worded in the accusative.
    await expect.poll(() => page.getByTestId('curator-appointment').textContent()).toContain(`${decline(CURATOR, 'accusative')}.`);
    await tally.fill(page.getByLabel('Текст раздела 2'), EDITED);
    await tally.click(page.getByRole('button', { name: 'Сохранить проект' }));
    await page.getByTestId('intro-draft').waitFor();
    await tally.click(page.getByRole('button', { name: 'Издать и присвоить номер' }));
    await tally.click(page.getByRole('dialog').getByRole('button', { name: 'Издать', exact: true }));
    const issued = page.getByTestId('intro-issued');
    await issued.waitFor();
    await expect(issued.textContent()).resolves.toContain(`№ 1${SUFFIX} от ${formatDate(today)}`);
    step('introduction order issued');

    const [order, regulation, roadmap] = await issued.locator('li[data-document]').all();
    const orderText = await documentTexts(order!);
    for (const text of [orderText.pdf, orderText.docx]) {
      expect(text).toContain(`№ 1${SUFFIX}`);
      expect(text).toContain(`Назначить куратором реализации программ наставничества педагогических работников заместителя директора по учебно-воспитательной работе ${decline(CURATOR, 'accusative')}.`);
    }
    expect(orderText.pdf).toContain(MUNICIPAL_WORDED);
    const regulationPdf = await textOf(await downloadBy(page, () => regulation!.getByRole('link', { name: 'PDF' }).click()));
    expect(regulationPdf).toContain(EDITED);
    expect(regulationPdf).toContain(`№ 1${SUFFIX}`);
    const roadmapPdf = await textOf(await downloadBy(page, () => roadmap!.getByRole('link', { name: 'PDF' }).click()));
    expect(roadmapPdf).toContain('Дорожная карта (план мероприятий) по реализации Положения о системе наставничества');
    expect(roadmapPdf).toContain(`№ 1${SUFFIX}`);
  }, 120_000);

  it('fills the banks and issues the order approving the методический актив', async () => {
    await openFromMenu('Банки наставников и наставляемых', '/banks');
    const addMentee = page.locator('.card', { has: page.getByRole('heading', { name: 'Добавить наставляемого' }) });
    const deficits = ['решение задач с параметром', 'формирующее оценивание'];
    for (const [i, mentee] of MENTEES.entries()) {
      await tally.select(addMentee.getByLabel('Сотрудник'), { label: `${full(mentee)} — ${i === 0 ? 'учитель математики' : 'учитель русского языка'}` });
      // Less than three years of work: the category is proposed from the imported date.
      await expect(addMentee.getByLabel('Категория').inputValue()).resolves.toBe('young_specialist');
      await tally.fill(addMentee.getByLabel('Профессиональные дефициты'), i === 0 ? deficits.join(', ') : deficits[1]!);
      await tally.click(addMentee.getByRole('button', { name: 'Добавить в банк наставляемых' }));
      await page.getByTestId('mentees').getByRole('link', { name: full(mentee) }).waitFor();
    }
    const addMentor = page.locator('.card', { has: page.getByRole('heading', { name: 'Добавить наставника' }) });
    for (const [name, competences] of [
      [`${full(MENTOR)} — учитель математики`, deficits.join(', ')],
      ['Гордеев Николай Степанович — учитель физики', 'школьный физический эксперимент'],
    ] as const) {
      await tally.select(addMentor.getByLabel('Сотрудник'), { label: name });
      await tally.fill(addMentor.getByLabel('Компетенции'), competences);
      await tally.select(addMentor.getByLabel('Обучение наставника'), { label: 'обучение пройдено' });
      await tally.click(addMentor.getByRole('button', { name: 'Добавить в банк наставников' }));
      await page.getByTestId('mentors').getByRole('link', { name: name.split(' — ')[0] }).waitFor();
    }
    // Each mentor's category lands on that mentor, though the form appeared with the first one alone.
    await tally.select(page.getByLabel(`Категория: ${full(MENTOR)}`), { label: 'высшая' });
    await tally.select(page.getByLabel('Категория: Гордеев Николай Степанович'), { label: 'первая' });
    await tally.click(page.getByRole('button', { name: 'Подготовить проект приказа' }));
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    await tally.click(page.getByRole('button', { name: 'Издать и присвоить номер' }));
    await tally.click(page.getByRole('dialog').getByRole('button', { name: 'Издать', exact: true }));
    await page.locator('.card', { hasText: `№ 2${SUFFIX}` }).waitFor();
    step('mentor list order issued');

    const { pdf, docx } = await documentTexts(page);
    expect(pdf).toContain('Об утверждении методического актива (списка наставников)');
    expect(pdf).toContain(`№ 2${SUFFIX}`);
    expect(pdf).toContain(flat(`Куратору реализации программ наставничества ${initialsBefore(CURATOR, 'dative')} сформировать банк наставников`));
    // The annex lists the mentors alphabetically with their experience, category and competences.
    expect(docx).toMatch(/1\. \| Гордеев Николай Степанович \| учитель физики \| \d+ (год|года|лет) \/ первая квалификационная категория \| школьный физический эксперимент/);
    expect(docx).toMatch(new RegExp(`2\\. \\| ${full(MENTOR)} \\| учитель математики \\| \\d+ (год|года|лет) / высшая квалификационная категория \\| ${deficits.join('; ')}`));
  }, 120_000);

  let pairId: string;

  it('forms a pair from the suggestion and makes it a group with the second young specialist', async () => {
    await openFromMenu('Пары и группы', '/pairs');
    const card = page.locator('form[data-mentee]', { has: page.getByRole('heading', { name: full(MENTEES[0]!) }) });
    // The mentor of the same subject whose competences close the deficits comes first and is preselected.
    const first = card.locator('tbody tr').first();
    await expect(first.textContent()).resolves.toContain(initialsAfter(MENTOR));
    await expect(first.getByRole('radio').isChecked()).resolves.toBe(true);
    await tally.fill(card.getByLabel('Выплата за наставничество'), '2500 рублей в месяц');
    await tally.click(card.getByRole('button', { name: 'Сформировать пару' }));
    const row = page.locator('tr[data-pair]', { hasText: full(MENTOR) });
    await row.waitFor();
    pairId = (await row.getAttribute('data-pair'))!;
    await tally.click(row.getByRole('link', { name: full(MENTOR) }));
    await page.waitForURL(`**/pairs/${pairId}`);
    await tally.select(page.getByLabel('Наставляемый'), { label: full(MENTEES[1]!) });
    await tally.click(page.getByRole('button', { name: 'Добавить в группу' }));
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Наставническая группа: ${full(MENTOR)}`);
    step('group formed');
  });

  it('prints the consent papers as one PDF and marks every consent received', async () => {
    await openFromMenu('Согласия', '/consents');
    const section = page.locator(`[data-pair="${pairId}"]`);
    await expect(section.locator('p.notice').textContent()).resolves.toContain('Нет согласия');
    const papers = await textOf(await downloadBy(page, () => tally.click(page.getByRole('button', { name: 'Печать' }))));
    for (const title of ['на выполнение работы по наставничеству', 'к трудовому договору', 'на участие в программе наставничества']) {
      expect(papers).toContain(title);
    }
    // The personal-data consents were recorded with the staff import: one per person, never asked again here.
    expect(papers).not.toContain('на обработку персональных данных');
    for (const person of [MENTOR, ...MENTEES]) expect(papers).toContain(full(person));
    expect(papers).toContain('в размере 2500 рублей в месяц');

    const rows = section.locator('tbody tr');
    // The mentor's consent and additional agreement, each mentee's consent to take part, and the three personal-data consents shown as received.
    const count = await rows.count();
    expect(count).toBe(7);
    for (let i = 0; i < count; i++) {
      if ((await rows.nth(i).textContent())?.includes('персональных данных')) {
        await rows.nth(i).locator('.badge.done').waitFor();
        continue;
      }
      const form = rows.nth(i).locator('form');
      if ((await rows.nth(i).textContent())?.includes('дополнительное соглашение')) await tally.fill(form.getByLabel('Номер соглашения'), '7');
      await tally.click(form.getByRole('button', { name: 'Отметить' }));
      await rows.nth(i).locator('.badge.done').waitFor();
    }
    await section.locator('p.form-ok', { hasText: 'Все согласия получены.' }).waitFor();
    step('consents received');
  }, 120_000);

  let orderId: string;

  it('prepares and issues the pair order; its PDF assigns the mentees to the mentor', async () => {
    await openFromMenu('Пары и группы', '/pairs');
    await tally.click(page.getByRole('button', { name: 'Подготовить приказ о закреплении пар' }));
    const panel = page.locator('[data-pair-order]');
    await panel.waitFor();
    await tally.click(panel.getByRole('button', { name: 'Издать и присвоить номер' }));
    await tally.click(page.getByRole('dialog').getByRole('button', { name: 'Издать', exact: true }));
    await page.locator(`tr[data-pair="${pairId}"]`, { hasText: 'закреплена приказом' }).waitFor();
    step('pair order issued');

    const [pair] = await db.db.select().from(mentorPairs).where(eq(mentorPairs.id, pairId));
    expect(pair!.status).toBe('active');
    orderId = pair!.orderId!;
    await tally.click(page.locator(`tr[data-pair="${pairId}"]`).getByRole('link', { name: full(MENTOR) }));
    await tally.click(page.getByRole('link', { name: new RegExp(`приказ № 3${SUFFIX}`) }));
    await page.waitForURL(`**/documents/${orderId}`);
    const { pdf, docx } = await documentTexts(page);
    // «Закрепить [вин.] и [вин.] за [твор.]», the mentees in the order they joined the group.
    const mentees = MENTEES.map((m) => decline(m, 'accusative')).join(' и ');
    expect(pdf).toContain(`Закрепить ${mentees} за ${decline(MENTOR, 'instrumental')} (наставническая группа) на период с ${formatDate(today)}`);
    expect(pdf).toContain(`№ 3${SUFFIX}`);
    // The payment is the personnel order's (issue 14): the pair order only refers to it.
    expect(pdf).toContain('оформить приказом по личному составу.');
    expect(pdf).not.toMatch(/доплат|в размере/);
    expect(pdf).toContain(flat(`Куратору реализации программ наставничества ${initialsBefore(CURATOR, 'dative')} обеспечить`));
    expect(pdf).toContain('С приказом ознакомлены');
    for (const person of [MENTOR, ...MENTEES, CURATOR]) expect(pdf).toContain(flat(initialsAfter(person)));
    // The annex table: one line per mentee, the pair's number and mentor on each.
    expect(pdf).toContain(`Список наставнических пар (групп)`);
    expect(docx).toContain(`1. | ${full(MENTOR)} | учитель математики | ${full(MENTEES[0]!)} | учитель математики | педагог – педагог |`);
    expect(docx).toContain(`| ${full(MENTOR)} | учитель математики | ${full(MENTEES[1]!)} | учитель русского языка | педагог – педагог |`);
  }, 120_000);

  it('records a paper acknowledgement, the curator acknowledges in the app, and the printed sheet shows both', async () => {
    const mentee = page.locator('[data-ack-row]', { hasText: flat(initialsAfter(MENTEES[0]!)) });
    await tally.click(mentee.getByRole('button', { name: 'Отметить подпись' }));
    await expect.poll(() => mentee.textContent()).toContain(`${formatDate(today)}на бумаге`);
    const curator = page.locator('[data-ack-row]', { hasText: flat(initialsAfter(CURATOR)) });
    await tally.click(curator.getByRole('button', { name: 'Ознакомлен(а)' }));
    await expect.poll(() => curator.textContent()).toContain('в системе');
    await expect(page.locator('h2', { hasText: 'Лист ознакомления' }).textContent()).resolves.toBe('Лист ознакомления: 2 из 4');
    const { pdf, docx } = await documentTexts(page, '/download/acknowledgements');
    expect(pdf).toContain(`Лист ознакомления с приказом ${SCHOOL} от ${formatDate(today)} № 3${SUFFIX} «О закреплении наставнических пар (групп)»`);
    for (const person of [MENTOR, ...MENTEES, CURATOR]) expect(pdf).toContain(initialsAfter(person));
    expect(docx).toContain(`1. | ${initialsAfter(MENTOR)} | учитель математики |  | `);
    expect(pdf).toContain(`2. ${initialsAfter(MENTEES[0]!)} учитель математики ${formatDate(today)} 3.`);
    expect(docx).toContain(`2. | ${initialsAfter(MENTEES[0]!)} | учитель математики | ${formatDate(today)} | `);
    expect(docx).toContain(`4. | ${initialsAfter(CURATOR)} | заместитель директора по учебно-воспитательной работе | ${formatDate(today)} | подписано ПЭП, отметка № 1`);
    expect(docx).toContain('ДОКУМЕНТ ПОДПИСАН ПРОСТОЙ ЭЛЕКТРОННОЙ ПОДПИСЬЮ');
    expect(docx).not.toContain('ознакомлен(а) электронно');
  });

  it('issues the personnel order assigning the work and the «выплата за наставничество», numbered in its own series', async () => {
    await openFromMenu('Пары и группы', '/pairs');
    await tally.click(page.getByRole('button', { name: /Подготовить приказ о выплате/ }));
    const panel = page.getByTestId('pay-order');
    await panel.waitFor();
    await tally.click(panel.getByRole('button', { name: 'Издать и присвоить номер' }));
    await tally.click(page.getByRole('dialog').getByRole('button', { name: 'Издать', exact: true }));
    const issued = page.getByRole('link', { name: 'О поручении работы по наставничеству и установлении выплаты за наставничество' });
    await issued.waitFor();
    step('pay order issued');
    await tally.click(issued);
    await page.waitForURL('**/documents/*');
    const { pdf } = await documentTexts(page);
    expect(pdf).toContain('№ 1-лс');
    expect(pdf).toContain(flat(PAY_BASIS));
    expect(pdf).toContain(flat(`приказом от ${formatDate(today)} № 3${SUFFIX} «О закреплении наставнических пар (групп)»`));
    expect(pdf).toContain(flat(`Поручить ${decline(MENTOR, 'dative')}, учителю математики,`));
    expect(pdf).toContain('выплату за наставничество в размере 2500 рублей в месяц');
    expect(pdf).toContain('дополнительным соглашением к трудовому договору');
    expect(pdf).not.toMatch(/доплат/i);
  }, 120_000);

  it('writes the group’s ППН, marks a plan row done and prints it', async () => {
    await openFromMenu('Программы', '/programs');
    await tally.click(page.locator(`tr[data-pair="${pairId}"]`).getByRole('link', { name: 'Составить ППН' }));
    await page.waitForURL(`**/programs/pair/${pairId}`);
    const firstRow = page.locator('[data-plan-row="1"]');
    await expect.poll(() => firstRow.getByLabel('Мероприятие').inputValue()).not.toBe('');
    await tally.fill(firstRow.getByLabel('Мероприятие'), PLAN_ROW);
    await tally.click(page.getByRole('button', { name: 'Сохранить программу' }));
    await page.getByTestId('marks').waitFor();
    await tally.click(page.locator('[data-mark-row="1"]').getByRole('checkbox'));
    await expect.poll(() => page.locator('[data-mark-row="1"]').getAttribute('data-done')).toBe('yes');
    const { pdf, docx } = await documentTexts(page, '/print/program');
    expect(pdf).toContain(`Персонализированная программа наставничества ${SCHOOL}, с ${formatDate(today)}`);
    expect(pdf).toContain(`Наставляемые: ${full(MENTEES[0]!)}, учитель математики; ${full(MENTEES[1]!)}, учитель русского языка`);
    expect(pdf).toContain('1. решение задач с параметром; 2. формирующее оценивание.');
    // The plan row as edited, with its completion mark (the PDF wraps table cells, the DOCX keeps them whole).
    expect(docx).toMatch(new RegExp(`1\\. \\| ${PLAN_ROW} \\|[^\n]*\\| выполнено ${formatDate(today).replace(/\./g, '\\.')}`));
    step('ППН written');
  });

  it('completes the group with results and feedback, issues the results order and the personnel order thanking the mentor', async () => {
    // The group has worked a term (a pair is never completed on the day its order fixed it).
    const termAgo = new Date(Date.now() - 90 * 86_400_000).toLocaleDateString('sv-SE');
    await db.db.update(mentorPairs).set({ startDate: termAgo }).where(eq(mentorPairs.id, pairId));
    await openFromMenu('Итоги', '/completion');
    const card = page.locator(`[data-pair="${pairId}"]`);
    await tally.fill(card.getByLabel('Результаты'), 'Дефициты в решении задач с параметром преодолены; проведены два открытых урока.');
    await tally.fill(card.getByLabel('Отзыв наставника'), 'Наставляемые уверенно применяют формирующее оценивание.');
    await tally.fill(card.getByLabel('Отзыв наставляемого'), 'Спасибо за поддержку в первый год работы.');
    await tally.click(card.getByRole('button', { name: 'Завершить' }));
    await tally.click(page.getByRole('dialog').getByRole('button', { name: 'Завершить', exact: true }));
    await page.getByTestId('finished-pairs').getByText('проведены два открытых урока').waitFor();
    const form = page.getByTestId('results-order-form');
    const mentor = form.locator(`[data-mentor^="${full(MENTOR)}"]`);
    await tally.check(mentor.getByRole('checkbox'));
    await expect(mentor.textContent()).resolves.toContain(`Объявить благодарность ${decline(MENTOR, 'dative')}`);
    // One plan row of the ППН is marked done: the program is reported as done in part.
    await tally.select(form.locator('.row', { hasText: full(MENTOR) }).getByLabel('Итог'), 'partial');
    await tally.click(form.getByRole('button', { name: 'Подготовить приказ' }));
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    await tally.click(page.getByRole('button', { name: 'Издать и присвоить номер' }));
    await tally.click(page.getByRole('dialog').getByRole('button', { name: 'Издать', exact: true }));
    await page.locator('.card', { hasText: `№ 4${SUFFIX}` }).waitFor();
    step('results order issued');
    const { pdf, docx } = await documentTexts(page);
    // The results order is organisational; the encouragement is a personnel order of its own (ст. 191 ТК РФ).
    for (const text of [pdf, docx]) expect(text).toContain('оформить приказом по личному составу.');
    expect(pdf).not.toContain('Объявить благодарность');
    expect(pdf).toContain(`№ 4${SUFFIX}`);

    await openFromMenu('Итоги', '/completion');
    await tally.click(page.getByTestId('reward-order').getByRole('link', { name: 'проверить и издать в реестре' }));
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    await tally.click(page.getByRole('button', { name: 'Издать и присвоить номер' }));
    await tally.click(page.getByRole('dialog').getByRole('button', { name: 'Издать', exact: true }));
    await page.locator('.card', { hasText: '№ 2-лс' }).waitFor();
    step('reward order issued');
    const reward = await documentTexts(page);
    for (const text of [reward.pdf, reward.docx]) {
      expect(text).toContain('О поощрении наставников');
      expect(text).toContain(`Объявить благодарность ${decline(MENTOR, 'dative')}, учителю математики, за высокие результаты наставнической деятельности.`);
    }
    expect(reward.pdf).toContain('статьей 191 Трудового кодекса Российской Федерации');
  }, 180_000);

  it('the path page shows steps 1–7 and 9 done; monitoring waits for the region’s campaign', async () => {
    await openFromMenu('Главная', '/dashboard');
    for (const no of [1, 2, 3, 4, 5, 6, 7, 9]) await expect(stateOf(no)).resolves.toBe('done');
    await expect(stateOf(8)).resolves.not.toBe('done');
    await expect(page.locator('p.muted').first().textContent()).resolves.toContain('Выполнено шагов: 8 из 9.');
    // The register holds the four orders, numbered in turn with the school's suffix, and the two annexes.
    const issued = await db.db
      .select({ template: documents.template, number: documents.number })
      .from(documents)
      .where(and(eq(documents.organizationId, schoolId), inArray(documents.status, ['issued'])));
    // The personnel orders count apart with their own suffix.
    const numbers = issued.filter((d) => d.template.endsWith('-order')).map((d) => d.number);
    expect(numbers.filter((n) => n!.endsWith(SUFFIX)).sort()).toEqual([1, 2, 3, 4].map((n) => `${n}${SUFFIX}`));
    expect(numbers.filter((n) => n!.endsWith('-лс')).sort()).toEqual(['1-лс', '2-лс']);
    expect(issued.map((d) => d.template).sort()).toEqual([
      'mentor-list-order',
      'mentor-reward-order',
      'mentoring-pay-order',
      'pair-order',
      'results-order',
      'school-intro-order',
      'school-regulation',
      'school-roadmap',
    ]);
  });
});
