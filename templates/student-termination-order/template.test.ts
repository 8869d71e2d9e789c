import { describe, expect, it } from 'vitest';
import { copy, renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

describe('student-termination-order', () => {
  it('ends the pupil’s participation with the reason and takes them out of the group', async () => {
    const { docx, pdf } = await renderTexts(build(schema.parse(example)));
    for (const text of [docx, pdf]) {
      expect(text).toContain('О прекращении участия в программе наставничества обучающихся (Соколова Дарья Игоревна)');
      expect(text).toContain('Прекратить с 20.11.2026 участие Соколовой Дарьи Игоревны (8А класс) в программе наставничества обучающихся в связи с отзывом законным представителем согласия на обработку персональных данных');
      expect(text).toContain('Исключить с 20.11.2026 Соколову Дарью Игоревну (8А класс) из наставнической группы Ивановой Марии Петровны (педагог, учитель математики)');
      expect(text).toContain('закрепленной приказом от 30.09.2026 № 215-од');
      expect(text).toContain('статьей 21 Федерального закона «О персональных данных»');
    }
  });

  it('ends a whole pair when its only mentee leaves', async () => {
    const { docx } = await renderTexts(build(schema.parse({ ...copy(example), wholePair: true })));
    expect(docx).toContain('Считать прекращенной с 20.11.2026 наставническую пару Соколовой Дарьи Игоревны (8А класс) и Ивановой Марии Петровны (педагог, учитель математики), форма наставничества «учитель – ученик», закрепленную приказом от 30.09.2026 № 215-од.');
  });
});
