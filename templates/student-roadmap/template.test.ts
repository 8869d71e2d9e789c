import { describe, expect, it } from 'vitest';
import { copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

describe('student-roadmap', () => {
  it('renders the seven stages of seed 002 as rows with months, responsible and result', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain('Приложение № 2');
      expect(text).toContain('к приказу МБОУ «СОШ № 1» от 01.09.2025 № 182-од');
      expect(text).toContain('Дорожная карта (план мероприятий) внедрения целевой модели наставничества обучающихся в МБОУ «СОШ № 1» на 2025/2026 учебный год');
    }
    expect(docx).toContain('Приказ образовательного учреждения, положение о наставничестве, программа наставничества, дорожная карта');
    expect(docx).toContain('| Сформированная база наставляемых');
    expect(docx).toContain('| Сформированная база наставников');
    expect(docx).toContain('7. | Завершение программы наставничества');
    expect(docx).toContain('| май 2026 г. |');
    expect(docx).toContain('1. | Подготовка условий для запуска программы наставничества');
    expect(data.stages).toHaveLength(7);
  });

  it('refuses a roadmap without stages in Russian', () => {
    expectRussianIssue(schema, { ...copy(example), stages: [] }, ['stages']);
  });
});
