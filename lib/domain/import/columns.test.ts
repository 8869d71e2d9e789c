import { describe, expect, it } from 'vitest';
import { detectHeaderRow, emptyMapping, guessMapping, normalizeHeader } from './columns';

describe('normalizeHeader', () => {
  it('drops punctuation, case and ё', () => {
    expect(normalizeHeader(' Ф.И.О. ')).toBe('ф и о');
    expect(normalizeHeader('E-mail')).toBe('e mail');
    expect(normalizeHeader('Учёба: Предметы')).toBe('учеба предметы');
  });
});

describe('guessMapping', () => {
  it('maps separate name columns and the usual Russian headers', () => {
    const m = guessMapping([
      '№ п/п',
      'Фамилия',
      'Имя',
      'Отчество',
      'Должность',
      'Преподаваемые предметы',
      'Дата начала педагогической деятельности',
      'Дата рождения',
      'Электронная почта',
      'Пол',
    ]);
    expect(m).toEqual({
      fullName: null,
      lastName: 1,
      firstName: 2,
      middleName: 3,
      position: 4,
      subjects: 5,
      pedagogicalStart: 6,
      birthDate: 7,
      email: 8,
      gender: 9,
    });
  });

  it('maps one «ФИО» column and leaves a years-of-experience column alone', () => {
    const m = guessMapping(['Ф.И.О.', 'Занимаемая должность', 'Педагогический стаж', 'E-mail']);
    expect(m).toMatchObject({ fullName: 0, lastName: null, position: 1, pedagogicalStart: null, email: 3 });
    expect(guessMapping(['Фамилия, имя, отчество']).fullName).toBe(0);
    expect(guessMapping(['Педагогический стаж с']).pedagogicalStart).toBe(0);
  });

  it('gives each field the first matching column only', () => {
    const m = guessMapping(['Фамилия', 'Имя', 'Фамилия']);
    expect(m.lastName).toBe(0);
  });

  it('returns an empty mapping for unknown headers', () => {
    expect(guessMapping(['a', 'b', ''])).toEqual(emptyMapping());
  });
});

describe('detectHeaderRow', () => {
  it('skips a title row above the header', () => {
    const rows = [
      ['Список педагогических работников МБОУ «СОШ № 1»'],
      [],
      ['ФИО', 'Должность', 'Дата рождения'],
      ['Иванов Иван Иванович', 'учитель', '01.01.1980'],
    ];
    expect(detectHeaderRow(rows)).toBe(2);
  });

  it('falls back to the first non-empty row', () => {
    expect(detectHeaderRow([[''], ['x', 'y'], ['1', '2']])).toBe(1);
    expect(detectHeaderRow([])).toBe(0);
  });
});
