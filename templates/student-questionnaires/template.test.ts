import { describe, expect, it } from 'vitest';
import { renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

describe('student-questionnaires', () => {
  it('prints the four blanks with the scale to circle and lines for the open answers', async () => {
    const { docx, pdf } = await renderTexts(build(schema.parse(example)));
    for (const title of ['Анкета наставника', 'Анкета наставляемого', 'Анкета куратора', 'Анкета личностного роста участника']) {
      expect(docx).toContain(title);
      expect(pdf).toContain(title);
    }
    expect(docx).toContain('№ | Вопрос | Оценка');
    expect(docx).toContain('1. | Насколько комфортно было работать с наставником? | 1   2   3   4   5   6   7   8   9   10');
    expect(docx).toContain('Ф.И.О. (куратор): ');
    expect(docx).toContain('7. Что было самым ценным и удачным в программе наставничества?');
    expect(docx).toContain('Мотивация к учёбе и саморазвитию');
    expect(docx).toContain('□ до начала программы');
    expect(pdf).toMatch(/Насколько регулярными были встречи\?\s+1 2 3 4 5 6 7 8 9 10/);
  });

  it('refuses a blank without questions in Russian', () => {
    const r = schema.safeParse({ school: 'Школа', questionnaires: [{ title: 'Анкета', respondent: 'наставник', scores: [], open: [] }] });
    expect(r.error?.issues.map((i) => i.message)).toEqual(['в анкете нет ни одного вопроса']);
  });
});
