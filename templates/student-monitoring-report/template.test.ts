import { describe, expect, it } from 'vitest';
import { copy, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

describe('student-monitoring-report', () => {
  it('shows stage 1 by question, the strengths and weaknesses, and the change of stage 2', async () => {
    const { docx, pdf } = await renderTexts(build(schema.parse(example)));
    expect(docx).toContain('Отчёт о мониторинге программы наставничества обучающихся');
    expect(docx).toContain('Анкетирование: наставников — 4, наставляемых — 6, кураторов — 1.');
    expect(docx).toContain('наставляемый | Насколько комфортно было работать с наставником? | 6 | 8,7 | 7 × 1, 9 × 4, 10 × 1');
    expect(docx).toContain('куратор | Насколько были вовлечены родители (законные представители)? | 1 | — | —');
    expect(docx).toContain('Сильные стороны | Слабые стороны\nНасколько комфортно было работать с наставником? (наставляемый: 8,7) | Насколько регулярными были встречи? (наставляемый: 5,2)');
    expect(docx).toContain('ученик – ученик | Мотивация к учёбе и саморазвитию | 3 | 5,0 | 7,3 | +2,3');
    expect(docx).toContain('ученик – ученик | Результаты в учёбе | 3 | 6,0 | 5,7 | -0,3');
    expect(docx).toContain('Встречаться чаще, хотя бы раз в неделю');
    expect(pdf).toContain('С.В. Строкина');
    expect(pdf).toMatch(/Сильные стороны\s+Слабые стороны/);
  });

  it('says what is missing instead of empty tables', async () => {
    const input = copy(example);
    Object.assign(input, { questions: [], strengths: [], weaknesses: [], growth: [], remarks: [] });
    const { docx } = await renderTexts(build(schema.parse(input)));
    expect(docx).toContain('Анкеты этапа 1 не заполнены.');
    expect(docx).toContain('Сильные стороны | Слабые стороны\nне выявлено | не выявлено');
    expect(docx).toContain('изменение не рассчитано');
  });

  it('refuses a mean outside 1–10 in Russian', () => {
    const input = copy(example);
    input.questions[0]!.mean = 11;
    expect(schema.safeParse(input).error?.issues.map((i) => i.message)).toEqual(['средняя оценка: оценка от 1 до 10']);
  });
});
