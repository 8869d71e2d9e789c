import { describe, expect, it } from 'vitest';
import { renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

describe('student-consent-distribution', () => {
  it('states the items of ст. 10.1 for a pupil through the legal representative', async () => {
    const { docx, pdf } = await renderTexts(build(schema.parse(example)));
    for (const text of [docx, pdf]) {
      expect(text).toContain('являясь законным представителем (мать) несовершеннолетней Петровой Анны Сергеевны');
      expect(text).toContain('в соответствии со статьей 10.1 Федерального закона');
      expect(text).toContain('на распространение персональных данных моего ребенка на следующих условиях');
      expect(text).toContain('ИНН 2204001234, ОГРН _______________');
      expect(text).toContain('официальный сайт МБОУ «СОШ № 1», раздел «Наставничество»');
      expect(text).toContain('Персональные данные, разрешенные для распространения: фамилия, имя; класс; фотографическое изображение.');
      expect(text).toContain('не устанавливаются');
    }
  });
});
