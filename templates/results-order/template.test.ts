import { describe, expect, it } from 'vitest';
import { HOSTILE, HUGE_NAME, copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

describe('results-order', () => {
  it('approves the results and leaves the encouragement to the personnel order', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain('Об итогах реализации программ наставничества педагогических работников в 2025/2026 учебном году');
      expect(text).toContain('№ 132-од');
      expect(text).toContain('по итогам мониторинга реализации персонализированных программ наставничества,');
      expect(text).toContain('Поощрение наставников, показавших высокие результаты наставнической деятельности, оформить приказом по личному составу.');
      // Awards and premiums are the personnel order's (ст. 191 ТК РФ), never this one's.
      expect(text).not.toMatch(/Объявить благодарность|Выплатить премию|Наградить|и поощрении наставников/);
      expect(text).toContain('Куратору реализации программ наставничества А.С. Петровой обобщить опыт');
      expect(text).toContain('Контроль за исполнением приказа оставляю за собой.');
    }
    expect(docx).toContain('№ п/п | Ф.И.О. наставника | Ф.И.О. наставляемого | Срок реализации ППН | Итог | Результаты');
    expect(docx).toContain('1. | Иванова Мария Петровна | Петров Иван Сергеевич | 01.10.2025 – 31.05.2026 | программа выполнена | Затруднения в проектировании урока устранены');
    expect(docx).toContain('2. | Кузнецов Андрей Николаевич | Лебедев Никита Олегович Соколова Дарья Игоревна | 01.10.2025 – 15.02.2026 | наставничество прекращено досрочно |');
  });

  it('leaves the encouragement point out when nobody is put forward', async () => {
    const { docx } = await renderTexts(build(schema.parse({ ...copy(example), rewardsFollow: false })));
    expect(docx).not.toContain('приказом по личному составу');
  });

  it('carries markup characters through as text', async () => {
    const hostile = copy(example);
    hostile.results[0]!.summary = `вклад ${HOSTILE}`;
    const { docx, pdf, pdfBytes } = await renderTexts(build(schema.parse(hostile)));
    expect(docx).toContain(`| вклад ${HOSTILE}`);
    expect(pdf).toContain(HOSTILE);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('rejects a 10,000-character name with a Russian message', () => {
    const huge = copy(example);
    huge.results[0]!.mentor.person.lastName = HUGE_NAME;
    expectRussianIssue(schema, huge, ['results', '0', 'mentor', 'person', 'lastName']);
  });
});
