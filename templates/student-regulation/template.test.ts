import { describe, expect, it } from 'vitest';
import { copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';
import { defaultStudentRegulationSections } from './defaults';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

const data = schema.parse(example);

describe('student-regulation', () => {
  it('renders annex 1 with its caption, stamps and every section of the student model', async () => {
    const { docx, pdf } = await renderTexts(build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain('Приложение № 1');
      expect(text).toContain('к приказу МБОУ «СОШ № 1» от 01.09.2025 № 182-од');
      expect(text).toContain('о наставничестве обучающихся в МБОУ «СОШ № 1»');
      expect(text).toContain('3. Участники наставничества');
      expect(text).toContain('обучающиеся Учреждения в возрасте от 10 лет');
      expect(text).toContain('представители работодателей');
      expect(text).toContain('«студент – ученик» (ролевые модели: «успевающий – неуспевающий», «лидер – равнодушный», «равный – другому», «куратор – автор проекта»)');
      expect(text).toContain('Программа наставничества реализуется в семь этапов');
      expect(text).toContain(
        'список отобранных и обученных наставников, добровольно желающих участвовать в процессе наставничества и обладающих необходимыми для этого качествами и знаниями',
      );
      expect(text).toContain('С 01.09.2025 согласие на обработку персональных данных оформляется отдельно');
      expect(text).toContain('подписывает согласия вместе с законным представителем');
      expect(text).toContain('Мониторинг программы наставничества проводится в два этапа');
      expect(text).toContain('доля детей в возрасте от 10 до 19 лет');
      expect(text).toContain('доля детей в возрасте от 15 до 19 лет');
      expect(text).toContain('Поощрение участников');
    }
    expect(docx).toContain('– этап 7 — завершение программы наставничества: представление результатов работы конкретной пары (группы)');
    expect(docx).not.toContain('СОГЛАСОВАНО');
  }, 60_000);

  it('words the consents without a co-signing age when the school has none, and leaves out forms when none are given', () => {
    const sections = defaultStudentRegulationSections({ school: data.org, bases: [], forms: [], cosignAge: null });
    const text = JSON.stringify(sections);
    expect(text).not.toContain('достигший');
    expect(text).not.toContain('ролевые модели');
    expect(text).not.toContain('разработано в соответствии');
  });

  it('refuses a Положение without sections in Russian', () => {
    expectRussianIssue(schema, { ...copy(example), sections: [] }, ['sections']);
  });
});
