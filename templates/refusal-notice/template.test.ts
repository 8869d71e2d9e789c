import { describe, expect, it } from 'vitest';
import { HOSTILE, HUGE_NAME, copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

describe('refusal-notice', () => {
  it('addresses the director in the dative from the mentor in the genitive', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain('Директору МБОУ «СОШ № 1»');
      expect(text).toContain('О.А. Киреевой');
      expect(text).toContain('от учителя физики');
      expect(text).toContain('Кузнецова А.Н.');
      expect(text).toContain('о досрочном отказе от выполнения работы по наставничеству');
      expect(text).toContain('уведомляю о досрочном отказе с 16.02.2026 от выполнения работы по наставничеству в отношении учителя физики Лебедева Никиты Олеговича и учителя химии Соколовой Дарьи Игоревны, порученной мне дополнительным соглашением к трудовому договору от 26.09.2025 № 13.');
      expect(text).toContain('Причина отказа: увеличение учебной нагрузки');
      expect(text).toContain('10.02.2026');
      expect(text).toContain('А.Н. Кузнецов');
    }
    expect(docx).toContain('УВЕДОМЛЕНИЕ');
  });

  it('declines other positions of the sender and of the head', async () => {
    const input = copy(example);
    input.org.headPosition = 'И.о. директора';
    input.mentor.position = 'педагог-психолог';
    input.reason = null as never;
    const { docx } = await renderTexts(build(schema.parse(input)));
    expect(docx).toContain('И.о. директора МБОУ «СОШ № 1»');
    expect(docx).toContain('от педагога-психолога');
    expect(docx).not.toContain('Причина');
  });

  it('ends with the mark of receipt: blanks to fill in, or the recorded date, incoming number and who took it', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain('Отметка о получении:');
      expect(text).toContain('Уведомление получено «__» ________ 20__ г., вх. № ____');
      expect(text).toContain('(должность, подпись принявшего)');
    }
    const input = copy(example) as Record<string, unknown>;
    input.receipt = { date: '2026-02-11', incomingNumber: '15', receivedBy: 'заместитель директора по УВР А.С. Петрова' };
    input.endDate = '2026-02-16';
    const { docx: marked } = await renderTexts(build(schema.parse(input)));
    expect(marked).toContain('Уведомление получено 11.02.2026, вх. № 15');
    expect(marked).toContain('Получил(а): заместитель директора по УВР А.С. Петрова');
    // Three working days run from the receipt, not from the date the mentor wrote.
    expectRussianIssue(schema, { ...input, endDate: '2026-02-13' }, ['endDate']);
  });

  it('refuses an end date less than three days after the notice', () => {
    expectRussianIssue(schema, { ...copy(example), endDate: '2026-02-12' }, ['endDate']);
  });

  it('carries markup characters through as text', async () => {
    const hostile = copy(example);
    hostile.reason = `нагрузка ${HOSTILE}`;
    const { docx, pdf, pdfBytes } = await renderTexts(build(schema.parse(hostile)));
    expect(docx).toContain(`Причина отказа: нагрузка ${HOSTILE}.`);
    expect(pdf).toContain(HOSTILE);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('rejects a 10,000-character name with a Russian message', () => {
    const huge = copy(example);
    huge.mentor.person.lastName = HUGE_NAME;
    expectRussianIssue(schema, huge, ['mentor', 'person', 'lastName']);
  });
});
