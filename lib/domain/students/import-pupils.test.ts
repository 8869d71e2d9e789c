import { describe, expect, it } from 'vitest';
import { parseClass } from './classes';
import { checkPupilRows, detectPupilHeaderRow, guessPupilMapping, type KnownPupil } from './import-pupils';

const TODAY = '2026-12-07';
const HEADER = ['№', 'ФИО обучающегося', 'Дата рождения', 'Класс', 'ФИО родителя (законного представителя)', 'Кем приходится'];

function check(rows: string[][], existing: KnownPupil[] = [], header = HEADER) {
  return checkPupilRows({ rows: [header, ...rows], headerRow: 0, mapping: guessPupilMapping(header), defaultClass: '' }, existing, TODAY);
}

describe('classes', () => {
  it.each([
    ['7А', 7, 'А'],
    ['7 А', 7, 'А'],
    ['7а', 7, 'А'],
    ['7-а', 7, 'А'],
    ['11-Б', 11, 'Б'],
    ['10 «В»', 10, 'В'],
    ['5', 5, ''],
    ['9 класс', 9, ''],
    ['7a', 7, 'А'], // a Latin look-alike
  ])('«%s» is grade %i letter «%s»', (raw, grade, letter) => {
    expect(parseClass(raw)).toEqual({ grade, letter });
  });

  it.each(['12А', '0', 'А7', '7АБ', '', 'седьмой'])('«%s» is not a class', (raw) => {
    expect(parseClass(raw)).toBeNull();
  });
});

describe('the columns of a school export', () => {
  it('takes the pupil and the parent from their own columns', () => {
    expect(guessPupilMapping(HEADER)).toEqual({
      fullName: 1,
      lastName: null,
      firstName: null,
      middleName: null,
      birthDate: 2,
      schoolClass: 3,
      guardianFullName: 4,
      guardianRelation: 5,
    });
  });

  it('takes separate Фамилия/Имя/Отчество and finds the header under a title', () => {
    const rows = [['Список обучающихся 7А класса'], [], ['Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'Класс']];
    expect(detectPupilHeaderRow(rows)).toBe(2);
    expect(guessPupilMapping(rows[2]!)).toMatchObject({ fullName: null, lastName: 0, firstName: 1, middleName: 2, birthDate: 3, schoolClass: 4 });
  });
});

describe('rows', () => {
  it('reads classes written «7а», «7 А», «11-Б» and a Turkic patronymic', () => {
    const res = check([
      ['1', 'Мамедов Тимур Рашид оглы', '05.03.2013', '7а', 'Мамедова Лейла Ахмедовна', 'мать'],
      ['2', 'Белых Анна Сергеевна', '2013-06-01', '7 А', '', ''],
      ['3', 'Дюма Илья Лев', '10.10.2009', '11-Б', 'Дюма Пётр Ильич', ''],
    ]);
    expect(res.errorLines).toEqual([]);
    expect(res.rows.map((r) => r.pupil?.schoolClass)).toEqual([
      { grade: 7, letter: 'А' },
      { grade: 7, letter: 'А' },
      { grade: 11, letter: 'Б' },
    ]);
    expect(res.rows[0]!.pupil).toMatchObject({ lastName: 'Мамедов', firstName: 'Тимур', middleName: 'Рашид оглы', keepFatherName: true, birthDate: '2013-03-05' });
    expect(res.rows[0]!.guardian).toEqual({ lastName: 'Мамедова', firstName: 'Лейла', middleName: 'Ахмедовна', relation: 'mother' });
    expect(res.rows[1]!.guardian).toBeNull();
    // No «Кем приходится»: the parent's patronymic tells father from mother.
    expect(res.rows[2]!.guardian?.relation).toBe('father');
  });

  it('names the row and column of a bad date, an empty name, a bad class', () => {
    const res = check([
      ['1', 'Кузьмич Олег Иванович', '31.02.2012', '6А', '', ''],
      ['2', '', '01.02.2012', '6А', 'Шевчук Ольга Петровна', 'мать'],
      ['3', 'Шевчук Анна Олеговна', '01.02.2012', '12А', '', ''],
      ['4', 'Шевчук Павел Олегович', 'вчера', '6А', '', ''],
    ]);
    expect(res.errorLines).toEqual([2, 3, 4, 5]);
    expect(res.rows[0]!.errors).toEqual(['Строка 2, столбец C «Дата рождения»: «31.02.2012» — такой даты нет в календаре.']);
    expect(res.rows[1]!.errors.join(' ')).toContain('Строка 3, столбец B «ФИО обучающегося»: Заполните поле «Фамилия».');
    expect(res.rows[2]!.errors).toEqual(['Строка 4, столбец D «Класс»: «12А» — укажите класс цифрой от 1 до 11 и буквой, например «7А».']);
    expect(res.rows[3]!.errors[0]).toMatch(/^Строка 5, столбец C «Дата рождения»: «вчера» — не дата/);
    expect(res.rows.every((r) => r.pupil === null)).toBe(true);
  });

  it('refuses a 10,000-character name and markup characters in a name', () => {
    const res = check([
      ['1', `${'Щ'.repeat(10_000)} Иван`, '01.02.2012', '6А', '', ''],
      ['2', 'Иванов <&> Петрович', '01.02.2012', '6А', '', ''],
      ['3', 'Петров Иван', '01.02.2012', '6А', 'Петрова <b>Анна</b>', 'мать'],
    ]);
    expect(res.rows[0]!.errors).toEqual(['Строка 2, столбец B «ФИО обучающегося»: Поле «Фамилия» длиннее 60 символов.']);
    expect(res.rows[1]!.errors).toEqual(['Строка 3, столбец B «ФИО обучающегося»: Поле «Имя»: допустимы только буквы, пробел, дефис и апостроф.']);
    expect(res.rows[2]!.errors.join(' ')).toContain('Строка 4, столбец E «ФИО родителя (законного представителя)»: Поле «Имя»: допустимы только буквы');
  });

  it('refuses a pupil twice in the file and one already in the school, by name and birth date', () => {
    const existing: KnownPupil[] = [{ lastName: 'Белых', firstName: 'Анна', middleName: 'Сергеевна', birthDate: '2013-06-01', grade: 7, classLetter: 'Б' }];
    const res = check([
      ['1', 'Кузьмич Олег Иванович', '01.02.2012', '6А', '', ''],
      ['2', 'кузьмич  олег иванович', '01.02.2012', '6А', '', ''],
      ['3', 'Кузьмич Олег Иванович', '02.02.2012', '6А', '', ''],
      ['4', 'Белых Анна Сергеевна', '01.06.2013', '7Б', '', ''],
    ], existing);
    expect(res.errorLines).toEqual([3, 5]);
    expect(res.rows[1]!.errors).toEqual(['Строка 3, столбец B «ФИО обучающегося»: повторяет строку 2 (то же Ф.И.О. и дата рождения).']);
    expect(res.rows[3]!.errors).toEqual(['Строка 5, столбец B «ФИО обучающегося»: обучающийся уже есть в списке школы (7Б класс).']);
  });

  it('refuses an unknown relation and an impossible age', () => {
    const res = check([
      ['1', 'Кузьмич Олег Иванович', '01.02.2012', '6А', 'Кузьмич Иван Петрович', 'сосед'],
      ['2', 'Кузьмич Ольга Ивановна', '01.02.2025', '1А', '', ''],
    ]);
    expect(res.rows[0]!.errors).toEqual(['Строка 2, столбец F «Кем приходится»: «сосед» — укажите: мать, отец, опекун, попечитель или иной законный представитель.']);
    expect(res.rows[1]!.errors).toEqual(['Строка 3, столбец C «Дата рождения»: Проверьте дату рождения: обучающемуся меньше 5 лет.']);
  });

  it('takes the class for every row from the form when the list has no class column', () => {
    const header = ['Фамилия', 'Имя', 'Отчество', 'Дата рождения'];
    const res = checkPupilRows(
      { rows: [header, ['Любимова', 'Любовь', 'Ивановна', '07.07.2016']], headerRow: 0, mapping: guessPupilMapping(header), defaultClass: '5 а' },
      [],
      TODAY,
    );
    expect(res.rows[0]!.pupil).toMatchObject({ lastName: 'Любимова', schoolClass: { grade: 5, letter: 'А' } });
  });
});
