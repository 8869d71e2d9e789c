// Reads an uploaded staff list into rows of text cells, by its content rather than its
// name: XLSX through exceljs (formula cells as their formula text, never evaluated; date
// cells as ISO dates), CSV through csv-parse (UTF-8 with or without BOM, UTF-16 with BOM,
// Windows-1251 when the bytes are not UTF-8; «;», «,» or tab as the delimiter).
// Row i of the result is the sheet's row i + 1, so errors can name the rows people see.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { AppError } from '@/lib/core/errors';
import { MAX_CELL_CHARS, MAX_SHEET_CHARS, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, MAX_XLSX_ENTRIES, MAX_XLSX_EXPANDED_BYTES } from './limits';

const invalid = (message: string) => new AppError('VALIDATION', message);

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // Excel 97–2003 and other legacy Office files

function cellText(cell: ExcelJS.Cell): string {
  if (cell.isMerged && cell.master !== cell) return '';
  switch (cell.type) {
    case ExcelJS.ValueType.Formula:
      return `=${cell.formula}`;
    case ExcelJS.ValueType.Date: {
      const d = cell.value as Date;
      return Number.isNaN(d.getTime()) ? cell.text : d.toISOString().slice(0, 10);
    }
    case ExcelJS.ValueType.Number:
      return String(cell.value);
    default:
      return cell.text ?? '';
  }
}

/**
 * Reads the ZIP's central directory (nothing is decompressed yet) and refuses an archive
 * that would expand past the bounds before exceljs inflates it. The declared sizes are checked;
 * exceljs then inflates entry by entry, and a lying size fails its own CRC check.
 */
async function assertBoundedZip(bytes: Uint8Array): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw invalid('Не удалось прочитать файл XLSX: он повреждён, защищён паролем или это не таблица.');
  }
  const entries = Object.values(zip.files);
  if (entries.length > MAX_XLSX_ENTRIES) throw invalid(`Файл XLSX содержит больше ${MAX_XLSX_ENTRIES} частей: это не список сотрудников.`);
  const expanded = entries.reduce((n, f) => n + Number((f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0), 0);
  if (expanded > MAX_XLSX_EXPANDED_BYTES) {
    throw invalid(`Файл XLSX в распакованном виде больше ${MAX_XLSX_EXPANDED_BYTES / 1024 / 1024} МБ: оставьте в нём только список сотрудников.`);
  }
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  await assertBoundedZip(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw invalid('Не удалось прочитать файл XLSX: он повреждён, защищён паролем или это не таблица.');
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw invalid('В файле нет листа с данными.');
  if (sheet.actualRowCount > MAX_SHEET_ROWS) throw tooManyRows();
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > MAX_SHEET_ROWS) throw tooManyRows();
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = cellText(cell);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(rows, (r) => r ?? []);
}

function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: the Russian Windows code page is what Excel «CSV (разделители — запятые)» writes.
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

/** The delimiter that splits the first non-empty line most, ignoring quoted text. */
export function detectDelimiter(text: string): string {
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const unquoted = first.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, unquoted.split(d).length - 1] as const);
  const [best] = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return counts.some(([, n]) => n > 0) ? best : ',';
}

function readCsv(bytes: Uint8Array): string[][] {
  const text = decodeText(bytes);
  if (text.includes('\u0000')) throw invalid('Загрузите таблицу в формате XLSX или CSV.');
  try {
    return parse(text, { delimiter: detectDelimiter(text), bom: true, relax_column_count: true, relax_quotes: true }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw invalid(`Не удалось прочитать CSV${line ? ` (строка ${line})` : ''}: проверьте кавычки в ячейках.`);
  }
}

const tooManyRows = () => invalid(`В файле больше ${MAX_SHEET_ROWS} строк: загрузите список частями.`);

/** Trims empty tails and cuts over-long cells; refuses sheets beyond the limits. */
function bounded(rows: string[][]): string[][] {
  const out = rows.map((row) => {
    let end = row.length;
    while (end > 0 && (row[end - 1] ?? '').trim() === '') end--;
    if (end > MAX_SHEET_COLUMNS) throw invalid(`В таблице больше ${MAX_SHEET_COLUMNS} столбцов: оставьте только список сотрудников.`);
    return row.slice(0, end).map((c) => c.slice(0, MAX_CELL_CHARS));
  });
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  if (out.length === 0) throw invalid('В файле нет данных.');
  if (out.length > MAX_SHEET_ROWS) throw tooManyRows();
  if (out.reduce((n, row) => n + row.reduce((m, c) => m + c.length, 0), 0) > MAX_SHEET_CHARS) throw invalid('Файл слишком большой для загрузки.');
  return out;
}

export async function readSheet(bytes: Uint8Array, fileName: string): Promise<string[][]> {
  if (startsWith(bytes, ZIP)) return bounded(await readXlsx(bytes));
  if (startsWith(bytes, OLE) || /\.xls$/i.test(fileName)) {
    throw invalid('Формат XLS (Excel 97–2003) не поддерживается: сохраните таблицу как XLSX или CSV.');
  }
  if (!/\.(csv|txt|tsv)$/i.test(fileName)) throw invalid('Загрузите таблицу в формате XLSX или CSV.');
  return bounded(readCsv(bytes));
}
