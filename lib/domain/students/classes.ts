// A school class («7А», «7 А», «7-а», «11-Б», «5»): the grade 1–11 and the letter, as schools
// write them in their lists. The letter is stored upper-case Cyrillic, so «7а», «7 А» and «7-a»
// (a Latin look-alike) are one class.

export interface SchoolClass {
  grade: number;
  letter: string;
}

// Latin letters that look like Cyrillic ones, as they slip into spreadsheets typed on an English layout.
const LOOKALIKES: Record<string, string> = { A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х', Y: 'У' };

/** «7-а» → { grade: 7, letter: 'А' }; null when it is not a class of a school. */
export function parseClass(raw: string): SchoolClass | null {
  const s = raw.trim().toUpperCase().replace(/\s*(КЛАСС|КЛ\.?)\s*/u, ' ').trim();
  const m = /^(\d{1,2})\s*[-–—/«"]?\s*([\p{L}])?["»]?$/u.exec(s);
  if (!m) return null;
  const grade = Number(m[1]);
  if (!Number.isInteger(grade) || grade < 1 || grade > 11) return null;
  const letter = m[2] ? (LOOKALIKES[m[2]] ?? m[2]) : '';
  if (letter && !/^[А-ЯЁ]$/u.test(letter)) return null;
  return { grade, letter };
}

/** { 7, 'А' } → «7А»; a school with one class a year has no letter: «5». */
export const classLabel = (c: SchoolClass) => `${c.grade}${c.letter}`;

/** Classes in school order: 5А, 5Б, 7Б, 10А (not 10А before 5А). */
export const compareClasses = (a: SchoolClass, b: SchoolClass) => a.grade - b.grade || a.letter.localeCompare(b.letter, 'ru-RU');

export const CLASS_MESSAGE = 'укажите класс цифрой от 1 до 11 и буквой, например «7А»';
