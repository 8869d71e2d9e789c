import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSheet } from './read-sheet';
import { columnOf, parseSchoolList, splitFullName } from './school-list';

const DEFAULTS = { city: 'г. Бийск', orderSuffix: '-од' };
const HEADER = 'Полное наименование;Краткое наименование;Должность руководителя;ФИО руководителя;Email руководителя';
const ROW1 = 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»;МБОУ «СОШ № 1»;Директор;Киреева Ольга Алексеевна;Kireeva@School1.example';
const ROW2 = 'Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 2»;МБОУ «Гимназия № 2»;Директор;Быкова Любовь Михайловна;bykova@school2.example';

const csv = (...lines: string[]) => readSheet(new TextEncoder().encode(lines.join('\r\n')), 'школы.csv');

describe('the school list', () => {
  it('maps headers as people write them', () => {
    expect(columnOf('Краткое наименование ОО')).toBe('shortName');
    expect(columnOf('Сокращённое наименование')).toBe('shortName');
    expect(columnOf('Наименование организации (полное)')).toBe('fullName');
    expect(columnOf('Ф.И.О. руководителя')).toBe('headFullName');
    expect(columnOf('E-mail')).toBe('headEmail');
    expect(columnOf('Имя')).toBe('headFirstName');
    expect(columnOf('Должность руководителя')).toBe('headPosition');
    expect(columnOf('Примечание')).toBeNull();
  });

  it('splits a full name and refuses initials', () => {
    expect(splitFullName('Мамедов  Рашид Гусейн оглы')).toEqual({ lastName: 'Мамедов', firstName: 'Рашид', middleName: 'Гусейн оглы' });
    expect(splitFullName('Киреева О.А.')).toMatch(/не инициалами/);
    expect(splitFullName('Киреева')).toMatch(/полностью/);
  });

  it('reads an XLSX list with a title above the header, skipping blank rows, numbering rows as Excel does', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Школы');
    ws.addRow(['Список школ муниципалитета']);
    ws.addRow(HEADER.split(';'));
    ws.addRow([]);
    ws.addRow([...ROW1.split(';').slice(0, 4), { text: 'kireeva@school1.example', hyperlink: 'mailto:kireeva@school1.example' }]);
    const list = parseSchoolList(await readSheet(new Uint8Array(await wb.xlsx.writeBuffer()), 'школы.xlsx'), DEFAULTS);
    expect(list.errors).toEqual([]);
    expect(list.rows.map((r) => [r.line, r.shortName, r.headEmail])).toEqual([[4, 'МБОУ «СОШ № 1»', 'kireeva@school1.example']]);
  });

  it('turns valid rows into schools with the district defaults and a lower-case email', async () => {
    const list = parseSchoolList(await csv(HEADER, ROW1, ROW2), DEFAULTS);
    expect(list.errors).toEqual([]);
    expect(list.rows[0]).toMatchObject({
      line: 2,
      shortName: 'МБОУ «СОШ № 1»',
      city: 'г. Бийск',
      orderSuffix: '-од',
      headLastName: 'Киреева',
      headFirstName: 'Ольга',
      headMiddleName: 'Алексеевна',
      headEmail: 'kireeva@school1.example',
    });
  });

  it('accepts separate name columns, and a city column over the default', async () => {
    const list = parseSchoolList(
      await csv('Полное наименование,Краткое наименование,Населённый пункт,Должность,Фамилия,Имя,Отчество,Email', 'Школа полностью,Школа,с. Верх-Катунское,Директор,Реш,Наталья,,resh@example.ru'),
      DEFAULTS,
    );
    expect(list.errors).toEqual([]);
    expect(list.rows[0]).toMatchObject({ city: 'с. Верх-Катунское', headLastName: 'Реш', headMiddleName: null });
  });

  it('names every bad row with its number and reason, including duplicates inside the file', async () => {
    const long = 'Я'.repeat(10_000);
    const list = parseSchoolList(
      await csv(HEADER, ROW1, `${long};;Директор;Иванов И.И.;not-an-email`, ROW1.replace('Kireeva@', 'other@'), ROW2.replace('МБОУ «Гимназия № 2»', 'МБОУ «Гимназия № 3»').replace('bykova@school2', 'kireeva@school1')),
      DEFAULTS,
    );
    expect(list.rows.map((r) => r.line)).toEqual([2]);
    expect(list.errors).toEqual([
      { line: 3, messages: ['Имя и отчество руководителя укажите полностью, не инициалами.', 'Поле «Полное наименование» длиннее 500 символов.', 'Заполните поле «Краткое наименование».', 'Заполните поле «Фамилия руководителя».', 'Заполните поле «Имя руководителя».', 'Неверный адрес электронной почты.'] },
      { line: 4, messages: ['Краткое наименование повторяет строку 2.'] },
      { line: 5, messages: ['Эл. почта руководителя повторяет строку 2.'] },
    ]);
  });

  it('reports missing columns and a missing header for the whole file', async () => {
    expect(parseSchoolList(await csv('Краткое наименование;Email', 'Школа;a@b.ru'), DEFAULTS).errors).toEqual([
      { line: 0, messages: ['В файле нет столбцов: «Полное наименование», «Должность руководителя», «ФИО руководителя».'] },
    ]);
    expect(parseSchoolList(await csv('a;b', '1;2'), DEFAULTS).errors[0]!.messages[0]).toMatch(/Не найдена строка заголовков/);
    expect(parseSchoolList(await csv(HEADER), DEFAULTS).errors[0]!.messages[0]).toMatch(/нет ни одной школы/);
  });
});
