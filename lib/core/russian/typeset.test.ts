import { describe, expect, it } from 'vitest';
import { typeset } from './typeset';

/** The result with no-break spaces shown as «~», so a test reads like the rule. */
const tied = (s: string) => typeset(s).replace(/\u00A0/g, '~');

describe('typeset', () => {
  it('ties «№» to its number, with or without a space typed', () => {
    expect(tied('протокол от 28.08.2026 №1')).toBe('протокол от 28.08.2026 №~1');
    expect(tied('приказ № 181-од')).toBe('приказ №~181-од');
    expect(tied('№№ 3–5')).toBe('№№~3–5');
  });

  it('keeps an abbreviation with its number and its quoted name', () => {
    expect(tied('Положение о системе наставничества МБОУ «СОШ № 1»')).toBe('Положение о системе наставничества МБОУ~«СОШ~№~1»');
    expect(tied('МБОУ «Гимназия № 11»')).toBe('МБОУ~«Гимназия №~11»');
  });

  it('ties initials to the surname on either side', () => {
    expect(tied('В. Токарева')).toBe('В.~Токарева');
    expect(tied('И.И. Петрову обеспечить')).toBe('И.И.~Петрову обеспечить');
    expect(tied('Токарева В.А., Иванов И.')).toBe('Токарева~В.А., Иванов~И.');
    expect(tied('А.-М. Петрова-Водкина')).toBe('А.-М.~Петрова-Водкина');
    expect(tied('Ю. Ю. Орлова')).toBe('Ю.~Ю.~Орлова');
  });

  it('ties «г.» and other place abbreviations to the name', () => {
    expect(tied('г. Бийск')).toBe('г.~Бийск');
    expect(tied('с. Алтайское, ул. Ленина, д. 5')).toBe('с.~Алтайское, ул.~Ленина, д.~5');
  });

  it('ties the article, point and part abbreviations to their numbers', () => {
    expect(tied('ст. 351.8 Трудового кодекса')).toBe('ст.~351.8 Трудового кодекса');
    expect(tied('согласно п. 3.2 и ч. 2 ст. 9')).toBe('согласно п.~3.2 и ч.~2 ст.~9');
  });

  it('ties numbers to their units and dates to their months', () => {
    expect(tied('5 лет, 10 %, 2026 г., 5000 руб., 3 месяца')).toBe('5~лет, 10~%, 2026~г., 5000~руб., 3~месяца');
    expect(tied('с 1 сентября 2026 г.')).toBe('с 1~сентября 2026~г.');
    expect(tied('10 000 рублей и 1 500 000')).toBe('10~000 рублей и 1~500~000');
  });

  it('never begins a line with a dash', () => {
    expect(tied('оператору — МБОУ')).toBe('оператору~— МБОУ');
  });

  it('leaves ordinary text alone', () => {
    const plain = 'Назначить куратором реализации программ наставничества заместителя директора по учебной работе.';
    expect(typeset(plain)).toBe(plain);
    expect(tied('Приказом от 25.05.2022 утверждено. Далее')).toBe('Приказом от 25.05.2022 утверждено. Далее');
    expect(tied('учитель математики и физики')).toBe('учитель математики и физики');
  });
});
