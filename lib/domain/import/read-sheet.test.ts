import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, readSheet } from './read-sheet';

const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(__dirname, '../../../tests/fixtures/staff', name)));
const utf8 = (s: string) => new TextEncoder().encode(s);

async function xlsx(fill: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('Сотрудники'));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readSheet: CSV', () => {
  it('reads Windows-1251 with «;» and quoted commas', async () => {
    const rows = await readSheet(fixture('staff-cp1251.csv'), 'сотрудники.csv');
    expect(rows[0]).toEqual(['Фамилия', 'Имя', 'Отчество', 'Должность', 'Предметы', 'Дата рождения', 'Дата начала педагогической деятельности']);
    expect(rows[1]).toEqual(['Ёлкина', 'Алёна', 'Игоревна', 'учитель русского языка', 'русский язык, литература', '12.04.1994', '01.09.2021']);
    expect(rows).toHaveLength(3);
  });

  it('reads UTF-8 with BOM and «,», keeping formula-like strings as text', async () => {
    const rows = await readSheet(fixture('staff-utf8-bom.csv'), 'staff.CSV');
    expect(rows[0]![0]).toBe('ФИО');
    expect(rows[2]).toEqual(['Ли Константин', '=1+2', '+7 предметов; @SUM(A1); -1']);
  });

  it('reads UTF-16 with BOM and tabs (Excel «Unicode text»)', async () => {
    const body = Buffer.from('Фамилия\tИмя\r\nИванов\tИван\r\n', 'utf16le');
    const rows = await readSheet(new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), body])), 'list.txt');
    expect(rows).toEqual([['Фамилия', 'Имя'], ['Иванов', 'Иван']]);
  });

  it('keeps blank lines so row numbers match the file', async () => {
    const rows = await readSheet(utf8('ФИО\n\nИванов Иван\n\n\n'), 'a.csv');
    expect(rows).toEqual([['ФИО'], [], ['Иванов Иван']]);
  });

  it('detects the delimiter from the first non-empty line', () => {
    expect(detectDelimiter('\nФамилия;Имя,отчество;Должность')).toBe(';');
    expect(detectDelimiter('"Фамилия; имя",Должность')).toBe(',');
    expect(detectDelimiter('ФИО')).toBe(',');
  });

  it('refuses broken quoting, binary files and legacy XLS with Russian messages', async () => {
    await expect(readSheet(utf8('ФИО,Должность\n"Иванов Иван,учитель\nПетров,x\n'), 'a.csv')).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/^Не удалось прочитать CSV/) });
    await expect(readSheet(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]), 'scan.pdf')).rejects.toMatchObject({ message: 'Загрузите таблицу в формате XLSX или CSV.' });
    await expect(readSheet(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 'old.xls')).rejects.toMatchObject({ message: expect.stringContaining('XLS (Excel 97–2003)') });
    await expect(readSheet(utf8('\n \n'), 'empty.csv')).rejects.toMatchObject({ message: 'В файле нет данных.' });
    await expect(readSheet(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'broken.xlsx')).rejects.toMatchObject({ message: expect.stringContaining('Не удалось прочитать файл XLSX') });
  });

  it('refuses more rows or columns than the limits', async () => {
    await expect(readSheet(utf8('ФИО\n'.repeat(2001)), 'a.csv')).rejects.toMatchObject({ message: expect.stringContaining('больше 2000 строк') });
    await expect(readSheet(utf8(`${'x;'.repeat(60)}x\n`), 'a.csv')).rejects.toMatchObject({ message: expect.stringContaining('больше 50 столбцов') });
  });

  it('cuts a 10,000-character cell to the cell limit', async () => {
    const rows = await readSheet(utf8(`ФИО;Должность\nИванов Иван;${'я'.repeat(10_000)}\n`), 'a.csv');
    expect(rows[1]![1]).toHaveLength(1000);
  });
});

describe('readSheet: XLSX', () => {
  it('reads text, date cells, serial numbers, rich text and formulas as typed', async () => {
    const bytes = await xlsx((ws) => {
      ws.getCell('A1').value = 'Список сотрудников';
      ws.addRow([]);
      ws.getRow(3).values = ['ФИО', 'Дата рождения', 'Должность', 'Предметы'];
      ws.getRow(4).values = ['Иванова Мария Петровна', new Date(Date.UTC(1985, 5, 15)), { formula: 'CONCAT("учи","тель")', result: 'учитель' }, '=SUM(A1:A3)'];
      ws.getRow(5).values = [{ richText: [{ text: 'Петров ' }, { text: 'Иван' }] }, 31213, 'учитель', '@user'];
    });
    const rows = await readSheet(bytes, 'staff.xlsx');
    expect(rows[0]).toEqual(['Список сотрудников']);
    expect(rows[1]).toEqual([]);
    expect(rows[3]).toEqual(['Иванова Мария Петровна', '1985-06-15', '=CONCAT("учи","тель")', '=SUM(A1:A3)']);
    expect(rows[4]).toEqual(['Петров Иван', '31213', 'учитель', '@user']);
  });

  it('reads the first sheet that has data and ignores the file name', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Пустой');
    wb.addWorksheet('Данные').addRow(['ФИО']);
    const rows = await readSheet(new Uint8Array(await wb.xlsx.writeBuffer()), 'whatever.bin');
    expect(rows).toEqual([['ФИО']]);
  });
});

describe('readSheet: XLSX bounds (zip bombs)', () => {
  async function workbookZip(): Promise<JSZip> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Лист1').addRow(['Фамилия', 'Имя']);
    return JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  }

  it('refuses a small file that expands past the bound, before inflating it', async () => {
    const zip = await workbookZip();
    // ~80 MB of one repeated row compresses to well under 1 MB.
    zip.file('xl/worksheets/sheet2.xml', '<row><c t="inlineStr"><is><t>0</t></is></c></row>'.repeat(1_600_000));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    await expect(readSheet(bytes, 'staff.xlsx')).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Файл XLSX в распакованном виде больше 64 МБ: оставьте в нём только список сотрудников.',
    });
  }, 60_000);

  it('refuses an archive of too many entries', async () => {
    const zip = await workbookZip();
    for (let i = 0; i < 600; i++) zip.file(`xl/media/${i}.bin`, 'x');
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    await expect(readSheet(bytes, 'staff.xlsx')).rejects.toMatchObject({ message: 'Файл XLSX содержит больше 500 частей: это не список сотрудников.' });
  });

  it('still reads an ordinary workbook', async () => {
    const bytes = await (await workbookZip()).generateAsync({ type: 'uint8array' });
    expect(await readSheet(bytes, 'staff.xlsx')).toEqual([['Фамилия', 'Имя']]);
  });
});
