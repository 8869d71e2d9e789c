import { describe, expect, it } from 'vitest';
import { HOSTILE, HUGE_NAME, copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

describe('iom', () => {
  it('renders the school-year card with directions as sections of the plan', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain('Карта индивидуального образовательного маршрута педагогического работника');
      expect(text).toContain('МБОУ «СОШ № 1», с 01.09.2025 по 30.06.2026');
      expect(text).toContain('Ф.И.О.: Петров Иван Сергеевич');
      expect(text).toContain('Должность: учитель математики');
      expect(text).toContain('Наставник: Иванова Мария Петровна, учитель математики');
      expect(text).toContain('Тема самообразования: Формирующее оценивание на уроках математики в 5–7 классах');
      expect(text).toContain('Цель: Повысить уровень предметной и методической компетентности');
      expect(text).toContain('И.С. Петров');
      expect(text).toContain('А.С. Петрова');
    }
    expect(docx).toContain('№ | Мероприятия | Сроки | Планируемый результат | Что сделано (отметка о выполнении)');
    expect(docx).toContain('1. Предметная компетентность');
    expect(docx).toContain('1.1. | Решение заданий ОГЭ по математике повышенного уровня сложности | октябрь – декабрь 2025 г. | Сборник разобранных заданий | выполнено: разобрано 40 заданий второй части');
    expect(docx).toContain('2.2. | Разработка банка заданий для формирующего оценивания | январь – март 2026 г. | Банк заданий на сайте школы | ');
    expect(docx).toContain('3. Психолого-педагогическая компетентность');
  });

  it('titles a long route and checks its 4–5 year term', async () => {
    const route = { ...copy(example), format: 'route', start: '2025-09-01', end: '2030-08-31', mentor: null, theme: null };
    const { docx } = await renderTexts(build(schema.parse(route)));
    expect(docx).toContain('Индивидуальный образовательный маршрут педагогического работника');
    expect(docx).not.toContain('Наставник:');
    expectRussianIssue(schema, { ...route, end: '2027-08-31' }, ['end']);
    expectRussianIssue(schema, { ...copy(example), end: '2026-12-31' }, ['end']);
  });

  it('carries markup characters through as text', async () => {
    const hostile = copy(example);
    hostile.directions[0].title = `Предметная ${HOSTILE}`;
    hostile.theme = `Тема ${HOSTILE}`;
    const { docx, pdf, pdfBytes } = await renderTexts(build(schema.parse(hostile)));
    expect(docx).toContain(`1. Предметная ${HOSTILE}`);
    expect(pdf).toContain(`Тема ${HOSTILE}`);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('rejects a 10,000-character name with a Russian message', () => {
    const huge = copy(example);
    huge.teacher.person.lastName = HUGE_NAME;
    expectRussianIssue(schema, huge, ['teacher', 'person', 'lastName']);
  });
});
