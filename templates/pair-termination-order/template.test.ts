import { describe, expect, it } from 'vitest';
import { HOSTILE, HUGE_NAME, copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

describe('pair-termination-order', () => {
  it('ends the group on the mentor’s refusal, citing the agreement ended and the date the notice was received', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain('О досрочном прекращении наставничества');
      expect(text).toContain('№ 38-од');
      expect(text).toContain(
        'В соответствии со статьей 351.8 Трудового кодекса Российской Федерации, на основании уведомления учителя физики Кузнецова Андрея Николаевича о досрочном отказе от выполнения работы по наставничеству, порученной дополнительным соглашением к трудовому договору от 26.09.2025 № 13, полученного 10.02.2026 (вх. № 15),',
      );
      expect(text).toContain(
        'Досрочно прекратить с 16.02.2026 наставничество учителя физики Кузнецова Андрея Николаевича в отношении учителя физики Лебедева Никиты Олеговича и учителя химии Соколовой Дарьи Игоревны, закрепленных за Кузнецовым Андреем Николаевичем приказом от 30.09.2025 № 205-од, и выполнение работы по наставничеству по дополнительному соглашению к трудовому договору от 26.09.2025 № 13.',
      );
      expect(text).toContain('Прекращение выплаты за наставничество с 16.02.2026 оформить приказом по личному составу.');
      expect(text).not.toMatch(/доплат/i);
      expect(text).toContain('Куратору реализации программ наставничества А.С. Петровой в срок до 16.02.2026 подготовить предложения о закреплении наставляемых за другим наставником.');
      expect(text).toContain('Контроль за исполнением приказа оставляю за собой.');
      expect(text).toContain('С приказом ознакомлены:');
    }
    expect(docx).toContain('4. | Петрова А.С. | заместитель директора по УВР | 11.02.2026 | ознакомлен(а) электронно');
  });

  it('cites the employer’s grounds and notice on cancellation', async () => {
    const input = copy(example) as Record<string, unknown>;
    input.reason = { kind: 'cancellation', noticeDate: '2026-02-06', grounds: 'переводом наставляемых в другую образовательную организацию' };
    input.paid = false;
    const { docx } = await renderTexts(build(schema.parse(input)));
    expect(docx).toContain(
      'в связи с переводом наставляемых в другую образовательную организацию, с учетом уведомления о досрочной отмене поручения о выполнении работы по наставничеству, порученной дополнительным соглашением к трудовому договору от 26.09.2025 № 13, полученного учителем физики Кузнецовым Андреем Николаевичем 06.02.2026,',
    );
    expect(docx).not.toContain('выплаты');
  });

  it('refuses an end date less than three days after the notice', () => {
    expectRussianIssue(schema, { ...copy(example), endDate: '2026-02-11' }, ['endDate']);
  });

  it('carries markup characters through as text', async () => {
    const hostile = copy(example) as Record<string, unknown>;
    hostile.reason = { kind: 'cancellation', noticeDate: '2026-02-06', grounds: `решением ${HOSTILE}` };
    const { docx, pdf, pdfBytes } = await renderTexts(build(schema.parse(hostile)));
    expect(docx).toContain(`в связи с решением ${HOSTILE},`);
    expect(pdf).toContain(HOSTILE);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('rejects a 10,000-character name and an unknown reason with Russian messages', () => {
    const huge = copy(example);
    huge.mentees[1].person.lastName = HUGE_NAME;
    expectRussianIssue(schema, huge, ['mentees', '1', 'person', 'lastName']);
    expectRussianIssue(schema, { ...copy(example), reason: { kind: 'other', noticeDate: '2026-02-10' } }, ['reason', 'kind']);
  });
});
