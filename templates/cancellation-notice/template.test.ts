import { describe, expect, it } from 'vitest';
import { HOSTILE, copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

describe('cancellation-notice', () => {
  it('notifies the mentor, cites the agreement and has the receipt block the three days run from', async () => {
    const { docx, pdf } = await renderTexts(build(schema.parse(example)));
    for (const text of [docx, pdf]) {
      expect(text).toContain('Учителю математики');
      expect(text).toContain('Ивановой М.П.');
      expect(text).toContain('о досрочной отмене поручения о выполнении работы по наставничеству');
      expect(text).toContain(
        'уведомляем Вас о досрочной отмене с 16.02.2026 поручения о выполнении работы по наставничеству в отношении учителя математики Петрова Ивана Сергеевича, предусмотренной дополнительным соглашением к трудовому договору от 25.09.2025 № 12, в связи с переводом наставляемого',
      );
      expect(text).toContain('не ранее чем через три рабочих дня со дня получения Вами настоящего уведомления');
      expect(text).toContain('Выплата за наставничество прекращается с той же даты.');
      expect(text).toContain('Уведомление получила:');
      expect(text).toContain('(дата получения)');
      expect(text).toContain('(подпись) Иванова М.П.');
      expect(text).toContain('О.А. Киреева');
      expect(text).toContain('№ 01-12/45');
    }
  });

  it('words the receipt for a man and leaves the payment out when unpaid', async () => {
    const input = copy(example);
    input.mentor.person = { lastName: 'Кузнецов', firstName: 'Андрей', middleName: 'Николаевич' };
    input.paid = false;
    input.grounds = `причиной ${HOSTILE}`;
    const { docx } = await renderTexts(build(schema.parse(input)));
    expect(docx).toContain('Уведомление получил:');
    expect(docx).not.toContain('Выплата');
    expect(docx).toContain(HOSTILE);
  });

  it('refuses an end date less than three days after the notice', () => {
    expectRussianIssue(schema, { ...copy(example), endDate: '2026-02-12' }, ['endDate']);
  });
});
