import { describe, expect, it } from 'vitest';
import { emptyMapping, guessMapping } from './columns';
import { checkStaffRows, type StaffRowsInput } from './staff-rows';

const TODAY = '2026-03-01';
const HEADER = ['Фамилия', 'Имя', 'Отчество', 'Должность', 'Предметы', 'Дата рождения', 'Дата начала педагогической деятельности', 'Email', 'Пол'];

function input(rows: string[][], consent = true, header = HEADER): StaffRowsInput {
  return {
    rows: [header, ...rows],
    headerRow: 0,
    mapping: guessMapping(header),
    personalDataConsent: consent,
    personalDataConsentDate: consent ? '2026-02-01' : null,
  };
}

describe('checkStaffRows', () => {
  it('turns a good row into a staff member with ISO dates and a subject list', () => {
    const check = checkStaffRows(
      input([['Иванова', 'Мария', 'Петровна', 'учитель математики', 'алгебра, геометрия', '15.06.1985', '2019-09-01', 'IVANOVA@school.ru', 'ж']]),
      [],
      TODAY,
    );
    expect(check.errorLines).toEqual([]);
    expect(check.rows[0]).toMatchObject({
      line: 2,
      person: {
        lastName: 'Иванова',
        firstName: 'Мария',
        middleName: 'Петровна',
        gender: null, // «ж» agrees with the patronymic: no override stored
        position: 'учитель математики',
        subjects: ['алгебра', 'геометрия'],
        email: 'ivanova@school.ru',
        birthDate: '1985-06-15',
        pedagogicalStart: '2019-09-01',
        personalDataConsent: true,
        personalDataConsentDate: '2026-02-01',
      },
    });
  });

  it('stores the stated gender only where the name would be read otherwise', () => {
    const check = checkStaffRows(input([['Ким', 'Саша', '', 'учитель', '', '', '', '', 'м']]), [], TODAY);
    expect(check.rows[0]!.person!.gender).toBe('male');
  });

  it('reports bad and impossible dates, missing names and over-long values on their rows', () => {
    const check = checkStaffRows(
      input([
        ['Петров', 'Иван', 'Сергеевич', 'учитель', '', '31.02.2020', '', '', ''],
        ['', 'Анна', '', 'учитель', '', '', '', '', ''],
        ['Сидоров', 'Пётр', '', 'x'.repeat(301), '', '', '', '', ''],
        ['Орлов', 'Олег', '', 'учитель', '', '01.01.2030', '', '', ''],
        ['Гусев', 'Павел', '', 'учитель', '', '', '', 'не-почта', 'да'],
      ]),
      [],
      TODAY,
    );
    expect(check.errorLines).toEqual([2, 3, 4, 5, 6]);
    expect(check.rows[0]!.errors).toEqual(['Дата рождения: «31.02.2020» — такой даты нет в календаре.']);
    expect(check.rows[1]!.errors).toEqual(['Заполните поле «Фамилия».']);
    expect(check.rows[2]!.errors).toEqual(['Поле «Должность» длиннее 300 символов.']);
    expect(check.rows[3]!.errors).toEqual(['Дата рождения не может быть в будущем.']);
    expect(check.rows[4]!.errors).toEqual(['Пол: «да» — укажите «м» или «ж».', 'Неверный адрес электронной почты.']);
    expect(check.rows.every((r) => r.person === null)).toBe(true);
  });

  it('finds duplicates within the file and against the school staff', () => {
    const check = checkStaffRows(
      input([
        ['Иванов', 'Иван', 'Иванович', 'учитель', '', '', '', '', ''],
        ['ИВАНОВ', 'Иван', 'Иванович', 'учитель', '', '', '', '', ''],
        ['Петрова', 'Алёна', '', 'учитель', '', '', '', '', ''],
        ['Иванов', 'Иван', 'Иванович', 'учитель', '', '01.01.1990', '', '', ''],
      ]),
      [{ lastName: 'Петрова', firstName: 'Алена', middleName: null, birthDate: null }],
      TODAY,
    );
    expect(check.rows[1]!.errors).toEqual(['Повторяет строку 2.']);
    expect(check.rows[2]!.errors).toEqual(['Такой сотрудник уже есть в списке школы: Петрова Алена.']);
    expect(check.rows[3]!.errors).toEqual(['Повторяет строку 2.']);
  });

  it('keeps two namesakes with different birth dates', () => {
    const check = checkStaffRows(
      input([
        ['Иванов', 'Иван', '', 'учитель', '', '01.01.1980', '', '', ''],
        ['Иванов', 'Иван', '', 'учитель', '', '01.01.1990', '', '', ''],
      ]),
      [],
      TODAY,
    );
    expect(check.errorLines).toEqual([]);
  });

  it('drops birth date and experience without consent, even when they are malformed', () => {
    const check = checkStaffRows(input([['Иванов', 'Иван', '', 'учитель', '', '31.02.2020', 'вчера', '', '']], false), [], TODAY);
    expect(check.personalDataDropped).toBe(true);
    expect(check.errorLines).toEqual([]);
    expect(check.rows[0]!.person).toMatchObject({ birthDate: null, pedagogicalStart: null, personalDataConsent: false, personalDataConsentDate: null });
  });

  it('splits one «ФИО» column, skips blank rows and keeps formula strings as text', () => {
    const header = ['ФИО', 'Должность', 'Предметы'];
    const check = checkStaffRows(
      input(
        [
          ['Гусейнов Эльдар Гусейн оглы', '=HYPERLINK("http://x","учитель")', '+7; @SUM(A1)'],
          ['', '', ''],
          ['Кузнецова Анна', 'учитель', '-1'],
        ],
        true,
        header,
      ),
      [],
      TODAY,
    );
    expect(check.errorLines).toEqual([]);
    expect(check.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(check.rows[0]!.person).toMatchObject({
      lastName: 'Гусейнов',
      firstName: 'Эльдар',
      middleName: 'Гусейн оглы',
      position: '=HYPERLINK("http://x","учитель")',
      subjects: ['+7', '@SUM(A1)'],
    });
    expect(check.rows[1]!.person).toMatchObject({ lastName: 'Кузнецова', firstName: 'Анна', middleName: null, subjects: ['-1'] });
  });

  it('refuses a formula in a name: names hold letters only', () => {
    const check = checkStaffRows(input([['=1+1', 'Иван', '', '', '', '', '', '', '']]), [], TODAY);
    expect(check.rows[0]!.errors).toEqual(['Поле «Фамилия»: допустимы только буквы, пробел, дефис и апостроф.']);
  });

  it('ignores the rows above the header row', () => {
    const rows = [['Список сотрудников'], HEADER, ['Иванов', 'Иван', '', '', '', '', '', '', '']];
    const check = checkStaffRows(
      { rows, headerRow: 1, mapping: { ...emptyMapping(), lastName: 0, firstName: 1 }, personalDataConsent: false, personalDataConsentDate: null },
      [],
      TODAY,
    );
    expect(check.rows.map((r) => r.line)).toEqual([3]);
  });
});
