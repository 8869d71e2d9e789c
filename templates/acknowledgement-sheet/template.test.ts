import { describe, expect, it } from 'vitest';
import { ELECTRONIC_MARK } from '@/templates/_parts';
import { HOSTILE, HUGE_NAME, copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

describe('acknowledgement-sheet', () => {
  it('names the order and marks electronic, paper and pending acknowledgements', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    const heading =
      'Лист ознакомления с приказом МКУ «Управление образования Администрации города Бийска» от 25.05.2022 № 701 «Об утверждении положения о системе наставничества';
    expect(docx).toContain(heading);
    expect(pdf).toContain(heading);
    expect(docx).toContain('№ п/п | Ф.И.О. | Учреждение | Дата | Подпись');
    expect(docx).toContain(`1. | Киреева О.А. | МБОУ «СОШ № 1» | 26.05.2022 | ${ELECTRONIC_MARK}`);
    expect(docx).toContain(`12. | Рубинова О.В. | МБОУ «СОШ № 18» | 27.05.2022 | ${ELECTRONIC_MARK}`);
    // Signed on paper: the date is recorded, the signature is on the paper sheet itself.
    expect(docx).toMatch(/^13\. \| Зарубина Н\.В\. \| МБОУ «ООШ № 19» \| 30\.05\.2022 \| $/m);
    expect(docx).toContain('28. | Реш Н.А. | МБУ ДО «Детский эколого-туристический центр» |  | ');
    expect(docx.match(new RegExp(ELECTRONIC_MARK.replace(/[()]/g, '\\$&'), 'g'))).toHaveLength(12);
    for (const text of ['Киреева О.А.', '26.05.2022', '30.05.2022', 'Реш Н.А.', 'МБУ ДО «Детский эколого-туристический центр»']) {
      expect(pdf).toContain(text);
    }
  });

  it('lists staff by position and leaves blanks for an order not yet registered', async () => {
    const input = copy(example);
    input.unitHeader = 'Должность';
    input.order.date = null as unknown as string;
    input.order.number = '';
    input.rows = [{ person: { lastName: 'Иванова', firstName: 'Мария', middleName: 'Петровна' }, unit: 'учитель математики' }] as typeof input.rows;
    const { docx } = await renderTexts(build(schema.parse(input)));
    expect(docx).toContain('от «__» ________ 20__ г. № ____ «Об утверждении');
    expect(docx).toContain('№ п/п | Ф.И.О. | Должность | Дата | Подпись');
    expect(docx).toContain('1. | Иванова М.П. | учитель математики |  | ');
  });

  it('prints the mark of an electronic signature (ГОСТ Р 7.0.97-2025) with the document\'s hash instead of the bare word', async () => {
    const input = copy(example);
    const sha = 'ab'.repeat(32);
    Object.assign(input.rows[0]!, {
      signature: {
        signer: 'Киреева Ольга Алексеевна',
        at: '2022-05-26T07:15:00Z',
        means: 'вход в приложение «Наставник» под личной учетной записью head1@nastavnik.demo (логин и пароль)',
        act: { date: '2022-01-10', number: '5-од' },
        recordId: '0ce3c4ed-57da-4583-af78-128e8828fa65',
        documentSha256: sha,
      },
    });
    const { docx, pdf } = await renderTexts(build(schema.parse(input)));
    expect(docx).toContain('1. | Киреева О.А. | МБОУ «СОШ № 1» | 26.05.2022 | подписано ПЭП, отметка № 1');
    expect(docx).toContain('Отметки об электронной подписи:');
    for (const text of [docx, pdf.replace(/\s+/g, ' ')]) {
      expect(text).toContain('ДОКУМЕНТ ПОДПИСАН ПРОСТОЙ ЭЛЕКТРОННОЙ ПОДПИСЬЮ. Подписант: Киреева Ольга Алексеевна; дата и время: 26.05.2022 10:15 (МСК)');
      expect(text).toContain('от 10.01.2022 № 5-од (статья 22.2 Трудового кодекса Российской Федерации)');
      expect(text).toContain('запись об ознакомлении № 0ce3c4ed-57da-4583-af78-128e8828fa65');
    }
    expect(docx).toContain(`SHA-256 документа: ${sha}.`);
    const bad = copy(input) as { rows: { signature?: { documentSha256: string } }[] };
    bad.rows[0]!.signature!.documentSha256 = 'x';
    expectRussianIssue(schema, bad, ['rows', '0', 'signature', 'documentSha256']);
  });

  it('requires the date of an electronic acknowledgement', () => {
    const input = copy(example);
    delete (input.rows[0] as { date?: string }).date;
    expectRussianIssue(schema, input, ['rows', '0', 'date']);
    expect(schema.safeParse(input).error?.issues[0].message).toBe('у электронного ознакомления должна быть дата');
  });

  it('carries markup characters through as text', async () => {
    const input = copy(example);
    input.order.title = `О приказе ${HOSTILE} с "кавычками"`;
    input.rows[0].unit = `МБОУ ${HOSTILE}`;
    const { docx, pdf, pdfBytes } = await renderTexts(build(schema.parse(input)));
    // A straight quote after a letter closes nothing, so it stays; the pair around a word becomes „…“.
    expect(docx).toContain(`«О приказе ${HOSTILE} с „кавычками“»`);
    expect(docx).toContain(`| МБОУ ${HOSTILE} |`);
    expect(pdf).toContain(`МБОУ ${HOSTILE}`);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('rejects a 10,000-character name and title with Russian messages, renders text at the bounds', async () => {
    const huge = copy(example);
    huge.rows[3].person.lastName = HUGE_NAME;
    expectRussianIssue(schema, huge, ['rows', '3', 'person', 'lastName']);
    const longTitle = copy(example);
    longTitle.order.title = 'О'.repeat(10_000);
    expectRussianIssue(schema, longTitle, ['order', 'title']);

    const atBounds = copy(example);
    atBounds.order.title = `Об утверждении ${'положения '.repeat(98)}`.slice(0, 1000);
    atBounds.rows[0].person.lastName = 'Щ'.repeat(60);
    const { docx, pdfBytes } = await renderTexts(build(schema.parse(atBounds)));
    expect(docx).toContain(`${'Щ'.repeat(60)} О.А.`);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('renders a sheet of 500 people', async () => {
    const input = copy(example);
    input.rows = Array.from({ length: 500 }, (_, i) => ({
      person: { lastName: `Иванова`, firstName: 'Мария', middleName: 'Петровна' },
      unit: `МБОУ «СОШ № ${i + 1}»`,
    })) as typeof input.rows;
    const { docx, pdf } = await renderTexts(build(schema.parse(input)));
    expect(docx).toContain('500. | Иванова М.П. | МБОУ «СОШ № 500» |  | ');
    expect(pdf).toContain('500. Иванова М.П. МБОУ «СОШ № 500»');
  }, 60_000);
});
