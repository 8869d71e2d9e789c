import { describe, expect, it } from 'vitest';
import { HOSTILE, HUGE_NAME, copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

describe('results-order', () => {
  it('approves the results and encourages mentors in the right cases', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain('Об итогах реализации программ наставничества педагогических работников в 2025/2026 учебном году и поощрении наставников');
      expect(text).toContain('№ 132-од');
      expect(text).toContain('по итогам мониторинга реализации персонализированных программ наставничества,');
      expect(text).toContain('Объявить благодарность Ивановой Марии Петровне, учителю математики, за высокие результаты наставнической деятельности.');
      expect(text).toContain('Выплатить премию Ивановой Марии Петровне, учителю математики, в размере 5000 рублей за успешную реализацию');
      expect(text).toContain('Наградить почетной грамотой МБОУ «СОШ № 1» Орлову Елену Николаевну, учителя начальных классов, за активное участие');
      expect(text).toContain('Куратору реализации программ наставничества А.С. Петровой обобщить опыт');
      expect(text).toContain('Контроль за исполнением приказа оставляю за собой.');
    }
    expect(docx).toContain('№ п/п | Ф.И.О. наставника | Ф.И.О. наставляемого | Срок реализации ППН | Итог | Результаты');
    expect(docx).toContain('1. | Иванова Мария Петровна | Петров Иван Сергеевич | 01.10.2025 – 31.05.2026 | программа выполнена | Затруднения в проектировании урока устранены');
    expect(docx).toContain('2. | Кузнецов Андрей Николаевич | Лебедев Никита Олегович Соколова Дарья Игоревна | 01.10.2025 – 15.02.2026 | наставничество прекращено досрочно |');
    expect(docx).toContain('3. | Орлова Е.Н. | учитель начальных классов');
  });

  it('requires the size of a premium', () => {
    const input = copy(example);
    input.encouragements[1].size = null as never;
    expectRussianIssue(schema, input, ['encouragements', '1', 'size']);
  });

  it('carries markup characters through as text', async () => {
    const hostile = copy(example);
    hostile.encouragements[0].merit = `вклад ${HOSTILE}`;
    const { docx, pdf, pdfBytes } = await renderTexts(build(schema.parse(hostile)));
    expect(docx).toContain(`учителю математики, за вклад ${HOSTILE}.`);
    expect(pdf).toContain(HOSTILE);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('rejects a 10,000-character name with a Russian message', () => {
    const huge = copy(example);
    huge.encouragements[2].recipient.person.lastName = HUGE_NAME;
    expectRussianIssue(schema, huge, ['encouragements', '2', 'recipient', 'person', 'lastName']);
  });
});
