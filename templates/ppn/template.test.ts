import { describe, expect, it } from 'vitest';
import { HOSTILE, HUGE_NAME, copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

describe('ppn', () => {
  it('renders the participants, deficits, goal, tasks, plan table and three signatures', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain('УТВЕРЖДЕНО');
      expect(text).toContain('МБОУ «СОШ № 1», с 01.10.2025 по 31.05.2026');
      expect(text).toContain('Наставник: Иванова Мария Петровна, учитель математики');
      expect(text).toContain('Наставляемый: Петров Иван Сергеевич, учитель математики');
      expect(text).toContain('Форма наставничества: педагог – педагог (индивидуальное наставничество)');
      expect(text).toContain('Куратор: Петрова Анна Сергеевна, заместитель директора по УВР');
      expect(text).toContain('2. Профессиональные дефициты (затруднения) наставляемого');
      expect(text).toContain('Цель: Обеспечить профессиональную адаптацию молодого специалиста');
      expect(text).toContain('4. План мероприятий');
      expect(text).toContain('М.П. Иванова');
      expect(text).toContain('И.С. Петров');
      expect(text).toContain('А.С. Петрова');
    }
    expect(docx).toContain('приказом МБОУ «СОШ № 1» от 10.10.2025 № 214-од');
    expect(docx).toContain('1. затруднения в проектировании урока в соответствии с требованиями обновленного ФГОС ООО;');
    expect(docx).toContain('4. отсутствие опыта подготовки обучающихся к ОГЭ по математике.');
    expect(docx).toContain('№ | Мероприятие | Форма | Сроки | Ожидаемый результат | Отметка о выполнении');
    expect(docx).toContain('1. | Диагностика профессиональных затруднений, согласование программы | собеседование, анкетирование | октябрь 2025 г. | Согласованная программа наставничества | выполнено 08.10.2025');
    expect(docx).toContain('8. | Подведение итогов программы | собеседование, анкетирование | май 2026 г. | Отчет о реализации программы, анкеты обратной связи | ');
  });

  it('lists every mentee of a group and signs for each', async () => {
    const group = copy(example);
    group.kind = 'group';
    group.mentees.push({ person: { lastName: 'Соколова', firstName: 'Дарья', middleName: 'Игоревна' }, position: 'учитель химии' });
    group.approvedBy = null as never;
    const { docx } = await renderTexts(build(schema.parse(group)));
    expect(docx).toContain('Наставляемые: Петров Иван Сергеевич, учитель математики; Соколова Дарья Игоревна, учитель химии');
    expect(docx).toContain('Д.И. Соколова');
    expect(docx).toContain('(групповое наставничество)');
    expect(docx).not.toContain('УТВЕРЖДЕНО');
  });

  it('keeps the term between 3 months and 1 year', () => {
    expectRussianIssue(schema, { ...copy(example), end: '2025-12-15' }, ['end']);
    expectRussianIssue(schema, { ...copy(example), end: '2026-10-15' }, ['end']);
  });

  it('carries markup characters through as text', async () => {
    const hostile = copy(example);
    hostile.activities[0].title = `Диагностика ${HOSTILE}`;
    hostile.goal = `Цель ${HOSTILE}`;
    const { docx, pdf, pdfBytes } = await renderTexts(build(schema.parse(hostile)));
    expect(docx).toContain(`1. | Диагностика ${HOSTILE} |`);
    expect(pdf).toContain(`Цель ${HOSTILE}`);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('rejects a 10,000-character name and an empty plan with Russian messages', () => {
    const huge = copy(example);
    huge.curator.person.lastName = HUGE_NAME;
    expectRussianIssue(schema, huge, ['curator', 'person', 'lastName']);
    expectRussianIssue(schema, { ...copy(example), activities: [] }, ['activities']);
  });
});
