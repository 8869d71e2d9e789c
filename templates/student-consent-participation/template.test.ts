import { describe, expect, it } from 'vitest';
import { copy, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

describe('student-consent-participation', () => {
  it('has the parent consent for the child’s role, form and term, with the co-signing pupil', async () => {
    const { docx, pdf } = await renderTexts(build(schema.parse(example)));
    for (const text of [docx, pdf]) {
      expect(text).toContain('являясь законным представителем (отец) несовершеннолетнего Орлова Павла Игоревича, 01.05.2010 года рождения, обучающегося 10А класса');
      expect(text).toContain('даю согласие на участие моего ребенка в программе наставничества обучающихся');
      expect(text).toContain('в качестве наставника, форма наставничества «ученик – ученик», на период с 01.10.2026 по 31.05.2027.');
      expect(text).toContain('При отзыве согласия участие в программе наставничества прекращается приказом руководителя организации.');
      expect(text).toContain('С согласием ознакомлен и согласен обучающийся:');
    }
  });

  it('leaves the authority document as a line to fill in when it is not recorded', async () => {
    const { docx } = await renderTexts(build(schema.parse({ ...copy(example), cosigns: false })));
    expect(docx).toContain('подтверждающего полномочия: ________________________________');
    expect(docx).not.toContain('обучающийся:');
  });
});
