// The district coordinator's product in Chromium: a district order issued through the wizard,
// acknowledged in the app by two school heads, and the printed sheet with their dates; the
// school list import with its one-time passwords; the progress board; the streamed archive.
import { readFile } from 'node:fs/promises';
import { eq, inArray } from 'drizzle-orm';
import JSZip from 'jszip';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/client';
import { acknowledgements, auditLog, documents, organizations, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed';
import { appDatabaseUrl, appUrl, launchBrowser, logIn } from '../support/browser';
import { pdfText } from '../support/extract';

let browser: Browser;
const db = connect(appDatabaseUrl(), 2);
const HEADS = ['head1@nastavnik.demo', 'head2@nastavnik.demo'];
const today = new Date().toLocaleDateString('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric' });
const importedSchools: string[] = [];
const YEAR = today.slice(6);
/** The implementation deadline typed into the wizard, as the order prints it. */
const DEADLINE = `15.10.${YEAR}`;

beforeAll(async () => {
  browser = await launchBrowser();
  // Both heads agreed to electronic HR documents (ст. 22.1 ТК РФ), so their in-app acknowledgement counts.
  await db.db.update(users).set({ electronicHrConsent: true }).where(inArray(users.email, HEADS));
});
afterAll(async () => {
  await browser?.close();
  // The imported schools leave the shared demo district as it was for the other test files.
  if (importedSchools.length) {
    await db.db.delete(auditLog).where(inArray(auditLog.organizationId, importedSchools));
    await db.db.delete(users).where(inArray(users.organizationId, importedSchools));
    await db.db.delete(organizations).where(inArray(organizations.id, importedSchools));
  }
  await db.pool.end();
});

async function signedIn(email: string): Promise<BrowserContext> {
  const context = await browser.newContext({ acceptDownloads: true });
  await logIn(await context.newPage(), email, DEMO_PASSWORD);
  return context;
}

describe('a district order and its acknowledgement sheet', () => {
  let orderPath: string;

  it('the coordinator prepares the order in the wizard and issues it', async () => {
    const context = await signedIn('district@nastavnik.demo');
    const page = context.pages()[0]!;
    await page.locator('nav').getByRole('link', { name: 'Приказы муниципалитета', exact: true }).click();
    await page.getByRole('link', { name: /Об утверждении муниципального положения/ }).click();
    await expect(page.getByLabel('Утверждаемое положение (п. 1)').inputValue()).resolves.toMatch(/^положение о системе наставничества/);
    // The deadline reads and takes дд.мм.гггг as in every school form, whatever the browser's locale:
    // a native date input would hold '2026-12-31' and refuse the typed text.
    const deadline = page.getByLabel('Руководителям обеспечить внедрение до (п. 3)');
    await expect(deadline.getAttribute('placeholder')).resolves.toBe('дд.мм.гггг');
    await expect(deadline.inputValue()).resolves.toBe(`31.12.${YEAR}`);
    await deadline.fill(`31.02.${YEAR}`);
    await page.getByRole('button', { name: 'Сохранить проект приказа' }).click();
    await page.getByText('В поле «Срок внедрения» такой даты нет в календаре.').waitFor();
    await deadline.fill(DEADLINE);
    await page.getByRole('button', { name: 'Сохранить проект приказа' }).click();
    await page.waitForURL(/\/district\/orders\/[0-9a-f-]{36}$/);
    orderPath = new URL(page.url()).pathname;
    await page.getByRole('button', { name: 'Издать и присвоить номер' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Издать', exact: true }).click();
    await page.locator('[data-ack-counts]').waitFor();
    await expect(page.locator('[data-ack-counts] .stat').first().textContent()).resolves.toBe('0 из 28');
    // The order prints the typed deadline (line breaks and hyphenation aside).
    const order = await page.request.get(appUrl(`/documents/${orderPath.split('/').pop()}/download/document.pdf`));
    const orderText = (await pdfText(await order.body())).replace(/\s+/g, ' ');
    expect(orderText).toMatch(new RegExp(`обеспечить внедрение[^.]* до ${DEADLINE.replace(/\./g, '\\.')}\\.`));
    await expect(page.locator('h1').textContent()).resolves.toMatch(/^Об утверждении положения о системе наставничества/);
    await context.close();
  });

  for (const email of HEADS) {
    it(`${email} opens the order addressed to them and acknowledges it in the app`, async () => {
      const context = await signedIn(email);
      const page = context.pages()[0]!;
      const id = orderPath.split('/').pop()!;
      await page.goto(appUrl(`/documents/${id}`));
      await page.getByRole('button', { name: 'Ознакомлен(а)' }).click();
      await page.getByRole('button', { name: 'Ознакомлен(а)' }).waitFor({ state: 'detached' });
      await context.close();
    });
  }

  it('the coordinator sees who has acknowledged, and the printed sheet shows their dates', async () => {
    const context = await signedIn('district@nastavnik.demo');
    const page = context.pages()[0]!;
    await page.goto(appUrl(orderPath));
    await expect(page.locator('[data-ack-counts] .stat').first().textContent()).resolves.toBe('2 из 28');
    await expect(page.locator('[data-ack-done]').textContent()).resolves.toMatch(/Киреева О\.А\.МБОУ «СОШ № 1»/);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'PDF' }).nth(1).click();
    const pdf = await readFile((await (await download).path())!);
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    // The electronic-signature mark of ГОСТ Р 7.0.97-2025, never a bare «электронно».
    expect(text).toMatch(new RegExp(`Киреева О\\.А\\. МБОУ «СОШ № 1» ${today.replace(/\./g, '\\.')} подписано ПЭП, отметка №\\s?1`));
    expect(text).toMatch(new RegExp(`Лабуренко Т\\.М\\. МБОУ «СОШ № 3» ${today.replace(/\./g, '\\.')} подписано ПЭП, отметка №\\s?2`));
    // The other 26 heads are on the sheet, still to sign.
    expect(text).toContain('Фирсов Е.Б.');
    expect(text).not.toMatch(/ознакомлен\(\s?а\) электронно/);
    expect(text.match(/ДОКУМЕНТ ПОДПИСАН ПРОСТОЙ ЭЛЕКТРОННОЙ ПОДПИСЬЮ/g)).toHaveLength(2);
    expect(text).toContain('от 28.08.2026 № 95-од');
    expect(text).toMatch(/SHA-256 документа: [0-9a-f]{64}/);
    await context.close();
  });
});

describe('the coordinator’s other pages', () => {
  it('the duties order takes its points’ deadlines as дд.мм.гггг and prints them', async () => {
    const context = await signedIn('district@nastavnik.demo');
    const page = context.pages()[0]!;
    await page.goto(appUrl('/district/orders'));
    await page.getByRole('link', { name: /^Об организации наставничества: обязанности/ }).click();
    // Sub-point deadlines, where the example has them, are shown as the user types them.
    const subpointDeadlines = await page.getByLabel('Срок', { exact: true }).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    for (const value of subpointDeadlines) expect(value).toMatch(/^(\d\d\.\d\d\.\d{4})?$/);
    const pointDeadline = `13.11.${YEAR}`;
    expect(subpointDeadlines).not.toContain(pointDeadline);
    const deadline = page.locator('[data-point="1"]').getByLabel('Срок исполнения пункта');
    await expect(deadline.getAttribute('placeholder')).resolves.toBe('дд.мм.гггг');
    await deadline.fill(pointDeadline);
    await page.getByRole('button', { name: 'Сохранить проект приказа' }).click();
    await page.waitForURL(/\/district\/orders\/[0-9a-f-]{36}$/);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const pdf = await page.request.get(appUrl(`/documents/${id}/download/document.pdf`));
    expect(pdf.status()).toBe(200);
    const text = (await pdfText(await pdf.body())).replace(/\s+/g, ' ');
    expect(text).toContain(`до ${pointDeadline}`);
    await context.close();
  });

  it('imports a school list and shows the head’s password once', async () => {
    const context = await signedIn('district@nastavnik.demo');
    const page = context.pages()[0]!;
    await page.goto(appUrl('/schools/import'));
    const csv = [
      'Полное наименование;Краткое наименование;Должность руководителя;ФИО руководителя;Email руководителя',
      'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 99»;МБОУ «СОШ № 99»;Директор;Новикова Анна Сергеевна;novikova@e2e.test',
      'Школа с ошибкой;МБОУ «СОШ № 1»;Директор;Петров П.П.;not-an-email',
    ];
    await page.getByLabel('Файл со списком школ').setInputFiles({ name: 'школы.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.join('\n')) });
    await page.getByRole('button', { name: 'Проверить файл' }).click();
    await expect(page.locator('[data-import-errors]').textContent()).resolves.toMatch(/Строка 3: .*не инициалами.*Неверный адрес электронной почты/);
    await expect(page.getByRole('button', { name: /Зарегистрировать/ }).count()).resolves.toBe(0);
    await page.getByLabel('Файл со списком школ').setInputFiles({ name: 'школы.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.slice(0, 2).join('\n')) });
    await page.getByRole('button', { name: 'Проверить файл' }).click();
    await page.getByRole('button', { name: /Зарегистрировать школы \(1\)/ }).click();
    const result = page.locator('[data-import-result]');
    await expect(result.locator('code').textContent()).resolves.toMatch(/^[a-zA-Z2-9]{16}$/);
    const [school] = await db.db.select().from(organizations).where(eq(organizations.shortName, 'МБОУ «СОШ № 99»'));
    importedSchools.push(school!.id);
    // The password works once: the new head signs in and is led to change it.
    const password = (await result.locator('code').textContent())!;
    const head = await browser.newContext();
    const headPage = await head.newPage();
    await headPage.goto(appUrl('/login'));
    await headPage.getByLabel('Эл. почта').fill('novikova@e2e.test');
    await headPage.getByLabel('Пароль').fill(password);
    await headPage.getByRole('button', { name: 'Войти' }).click();
    await headPage.waitForURL('**/account');
    await head.close();
    await context.close();
  });

  it('the progress board lists every school and sorts by a step', async () => {
    const context = await signedIn('district@nastavnik.demo');
    const page = context.pages()[0]!;
    await page.locator('nav').getByRole('link', { name: 'Ход внедрения', exact: true }).click();
    await page.locator('[data-progress-board]').waitFor();
    await expect(page.locator('[data-progress-board] tbody tr').count()).resolves.toBe(28 + importedSchools.length);
    // What a school misses is written in its row, not only in a tooltip: its first unfinished step by number and name.
    const firstRow = page.locator('[data-progress-board] tbody tr').first();
    const undone = await firstRow.locator('td[data-step]:not([data-state="done"])').first().getAttribute('data-step');
    expect(undone).not.toBeNull();
    await expect(firstRow.locator('[data-missing]').textContent()).resolves.toMatch(new RegExp(`^${undone}\\. \\S`));
    await page.getByRole('link', { name: /^1\. Сведения/ }).click();
    await page.waitForURL(/sort=step1/);
    await page.getByLabel('Поиск по названию').fill('СОШ № 1»');
    await page.getByRole('button', { name: 'Показать' }).click();
    await page.waitForURL(/q=/);
    await expect(page.locator('[data-progress-board] tbody tr').count()).resolves.toBe(1);
    await context.close();
  });

  it('downloads the archive of issued documents as a ZIP with visible progress', async () => {
    const context = await signedIn('district@nastavnik.demo');
    const page = context.pages()[0]!;
    await page.locator('nav').getByRole('link', { name: 'Архив документов', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Скачать документы (ZIP)' }).click();
    const zip = await JSZip.loadAsync(await readFile((await (await download).path())!));
    const names = Object.keys(zip.files);
    expect(names).toContain('Опись.csv');
    expect(names.some((n) => n.startsWith('МКУ «Управление образования Администрации города Бийска»/') && n.endsWith('.pdf'))).toBe(true);
    await page.getByText(/Готово: .* МБ\./).waitFor();
    await context.close();
  });

  it('downloads the acknowledgement sheets of many orders, rendered on the server’s PDF workers', async () => {
    // Thirty issued orders with their sheets in the first school: enough for the archive to render on worker threads.
    const [coordinator] = await db.db.select().from(users).where(eq(users.email, 'district@nastavnik.demo'));
    const [school] = await db.db
      .select()
      .from(organizations)
      .where(eq(organizations.parentId, coordinator!.organizationId))
      .orderBy(organizations.shortName)
      .limit(1);
    const orders = await db.db
      .insert(documents)
      .values(
        Array.from({ length: 30 }, (_, i) => ({
          organizationId: school!.id,
          template: 'mentor-list-order',
          title: `О наставничестве в методическом объединении № ${i + 1}`,
          status: 'issued' as const,
          data: {},
          year: 2031,
          sequence: i + 1,
          number: `${i + 1}-нм`,
          issueDate: '2031-09-01',
          docx: Buffer.from('docx'),
          pdf: Buffer.from('pdf'),
          issuedAt: new Date(),
        })),
      )
      .returning({ id: documents.id });
    await db.db.insert(acknowledgements).values(
      orders.flatMap((o, i) => [
        { documentId: o.id, position: 1, lastName: 'Ёлкина', firstName: 'Анна', middleName: 'Сергеевна', unit: `учитель ${i + 1}`, acknowledgedOn: '2031-09-02', method: 'paper' as const },
        { documentId: o.id, position: 2, lastName: 'Щукин', firstName: 'Пётр', middleName: null, unit: 'завуч', acknowledgedOn: null, method: null },
      ]),
    );
    const context = await signedIn('district@nastavnik.demo');
    const page = context.pages()[0]!;
    await page.locator('nav').getByRole('link', { name: 'Архив документов', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Скачать листы ознакомления (ZIP)' }).click();
    const zip = await JSZip.loadAsync(await readFile((await (await download).path())!));
    const mine = Object.keys(zip.files).filter((n) => n.includes('-нм'));
    expect(mine).toHaveLength(30);
    const seventh = zip.file(mine.find((n) => n.includes('№ 7-нм '))!)!;
    expect(seventh.name).toBe(`${school!.shortName}/Лист ознакомления 2031-09-01 № 7-нм О наставничестве в методическом объединении № 7.pdf`);
    const text = (await pdfText(await seventh.async('uint8array'))).replace(/\s+/g, ' ');
    expect(text).toContain('1. Ёлкина А.С. учитель 7 02.09.2031 2. Щукин П. завуч');
    await context.close();
  });
});
