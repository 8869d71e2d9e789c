import { describe, expect, it } from 'vitest';
import { HOSTILE, HUGE_NAME, copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import { defaultRoadmapStages } from './defaults';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

describe('school-roadmap', () => {
  it('renders the caption, the title and one row per stage', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain('Приложение № 2');
      expect(text).toContain('к приказу МБОУ «СОШ № 1» от 01.09.2025 № 181-од');
      expect(text).toContain('Дорожная карта (план мероприятий)');
      expect(text).toContain('по реализации Положения о системе наставничества педагогических работников в МБОУ «СОШ № 1» на 2025/2026 учебный год');
      expect(text).toContain('Ответственный');
    }
    expect(docx).toContain('№ | Наименование этапа | Содержание деятельности и примерный план мероприятий | Сроки | Ответственный | Ожидаемый результат');
    expect(docx).toContain('1. | Подготовка условий для запуска системы наставничества | – издание приказа о внедрении системы (целевой модели) наставничества – принятие');
    expect(docx).toContain('| август – сентябрь 2025 г. | директор, куратор | Приказ о внедрении, Положение, дорожная карта, раздел на сайте');
    expect(docx).toContain('– заключение с наставниками дополнительных соглашений к трудовым договорам');
    expect(docx).toContain('8. | Завершение программ наставничества |');
    expect(docx).toContain('| май – июнь 2026 г. |');
  });

  it('dates the default stages by the school year', () => {
    const stages = defaultRoadmapStages(2026);
    expect(stages.map((s) => s.term)).toContain('октябрь 2026 г. – май 2027 г.');
    expect(() => schema.parse({ ...copy(example), stages })).not.toThrow();
  });

  it('carries markup characters through as text', async () => {
    const hostile = copy(example);
    hostile.stages[0].result = `Приказ ${HOSTILE}`;
    const { docx, pdf, pdfBytes } = await renderTexts(build(schema.parse(hostile)));
    expect(docx).toContain(`| Приказ ${HOSTILE}`);
    expect(pdf).toContain(HOSTILE);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('rejects a 10,000-character name, over-long text and an empty plan with Russian messages', () => {
    const huge = copy(example);
    huge.org.head.lastName = HUGE_NAME;
    expectRussianIssue(schema, huge, ['org', 'head', 'lastName']);
    const long = copy(example);
    long.stages[3].activities = 'а'.repeat(5001);
    expectRussianIssue(schema, long, ['stages', '3', 'activities']);
    expectRussianIssue(schema, { ...copy(example), stages: [] }, ['stages']);
  });
});
