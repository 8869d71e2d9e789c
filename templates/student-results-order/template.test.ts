import { describe, expect, it } from 'vitest';
import { renderTexts } from '@/tests/support/template-testing';
import example from './example.json';
import { schema } from './schema';
import { build } from './template';

describe('student-results-order', () => {
  it('approves the results, names the best pairs and thanks their participants in the dative', async () => {
    const { docx, pdf } = await renderTexts(build(schema.parse(example)));
    for (const text of [docx, pdf]) {
      expect(text).toContain('Об итогах реализации программы наставничества обучающихся и поощрении лучших наставнических пар в 2026/2027 учебном году');
      expect(text).toContain('Признать лучшими наставническими парами (группами) в 2026/2027 учебном году:');
      expect(text).toContain('Орлов Павел Игоревич (обучающийся 10А класса) — Петрова Анна Сергеевна (7Б класс), форма наставничества «ученик – ученик» (ролевая модель «успевающий – неуспевающий»)');
      expect(text).toContain('Объявить благодарность за высокие результаты участия в программе наставничества: Орлову Павлу Игоревичу (обучающийся 10А класса) и Петровой Анне Сергеевне (7Б класс).');
    }
    expect(docx).not.toContain('благодарность за высокие результаты участия в программе наставничества: Ивановой');
    expect(docx).toContain('1. | Орлов Павел Игоревич (обучающийся 10А класса) | Петрова Анна Сергеевна (7Б) | ученик – ученик | 01.10.2026 – 31.05.2027 | Анна повысила оценку по математике с 3 до 4, участвовала в школьной олимпиаде. | да');
  });
});
