// A district's list of schools (rows of cells from lib/domain/import/read-sheet.ts) → validated
// rows for registration. Columns are found by their headers (as people name them: «Краткое наименование»,
// «ФИО руководителя» or separate «Фамилия», «Имя», «Отчество», «Email»…); every problem
// is reported with its row number in Russian, and nothing is registered while any remains.
import { schoolListRowSchema } from '@/lib/domain/validations/district';
import { normalizeHeader } from './columns';

/** A non-empty row with its number as the user sees it in Excel. */
interface SheetRow {
  line: number;
  cells: string[];
}

export type Column =
  | 'fullName'
  | 'shortName'
  | 'city'
  | 'orderSuffix'
  | 'headPosition'
  | 'headFullName'
  | 'headLastName'
  | 'headFirstName'
  | 'headMiddleName'
  | 'headEmail';

export const COLUMN_LABELS: Record<Column, string> = {
  fullName: 'Полное наименование',
  shortName: 'Краткое наименование',
  city: 'Населённый пункт',
  orderSuffix: 'Суффикс номера приказа',
  headPosition: 'Должность руководителя',
  headFullName: 'ФИО руководителя',
  headLastName: 'Фамилия',
  headFirstName: 'Имя',
  headMiddleName: 'Отчество',
  headEmail: 'Email руководителя',
};

export interface SchoolListRow {
  line: number;
  fullName: string;
  shortName: string;
  city: string;
  orderSuffix: string | null;
  headPosition: string;
  headLastName: string;
  headFirstName: string;
  headMiddleName: string | null;
  headEmail: string;
}

export interface RowError {
  /** 0 for a problem of the whole file (missing columns). */
  line: number;
  messages: string[];
}

export interface SchoolList {
  rows: SchoolListRow[];
  errors: RowError[];
}

export const MAX_SCHOOLS = 1000;

/** Which column a header names, or null for a column we do not import. */
export function columnOf(header: string): Column | null {
  // 'Ф.И.О. руководителя' → 'фиоруководителя': the words run together for prefix checks.
  const h = normalizeHeader(header).replace(/ /g, '');
  if (!h) return null;
  if (h.includes('кратк') || h.includes('сокращ')) return 'shortName';
  if (h.includes('наимен') || h.includes('названи')) return 'fullName';
  if (h.includes('должн')) return 'headPosition';
  if (h.includes('mail') || h.includes('почт') || h.includes('логин')) return 'headEmail';
  if (h.includes('суффикс')) return 'orderSuffix';
  if (h.includes('населен') || h === 'город') return 'city';
  if (h.startsWith('фамил')) return 'headLastName';
  if (h.startsWith('отчеств')) return 'headMiddleName';
  if (h === 'имя' || h.startsWith('имяруковод')) return 'headFirstName';
  if (h.startsWith('фио') || h.startsWith('руковод')) return 'headFullName';
  return null;
}

/** The first row that names the required columns is the header; anything above it (a title) is skipped. */
function findHeader(rows: SheetRow[]): { index: number; columns: Map<Column, number> } | null {
  for (const [index, row] of rows.slice(0, 10).entries()) {
    const columns = new Map<Column, number>();
    row.cells.forEach((cell, i) => {
      const column = columnOf(cell);
      if (column && !columns.has(column)) columns.set(column, i);
    });
    if (columns.has('shortName') || columns.has('fullName')) return { index, columns };
  }
  return null;
}

function missingColumns(columns: Map<Column, number>): string[] {
  const missing: Column[] = (['fullName', 'shortName', 'headPosition', 'headEmail'] as const).filter((c) => !columns.has(c));
  if (!columns.has('headFullName') && !(columns.has('headLastName') && columns.has('headFirstName'))) missing.push('headFullName');
  return missing.map((c) => `«${COLUMN_LABELS[c]}»`);
}

const INITIALS = /^\p{L}\.(\s?\p{L}\.)?$/u;

/** 'Киреева Ольга Алексеевна' → parts; initials are refused because an account needs the full name. */
export function splitFullName(value: string): { lastName: string; firstName: string; middleName: string | null } | string {
  const parts = value.split(/\s+/).filter(Boolean);
  if (parts.length < 2) return 'Укажите фамилию, имя и отчество руководителя полностью.';
  if (parts.slice(1).some((p) => INITIALS.test(p))) return 'Имя и отчество руководителя укажите полностью, не инициалами.';
  return { lastName: parts[0]!, firstName: parts[1]!, middleName: parts.slice(2).join(' ') || null };
}

/** `table` as readSheet returns it: row i is the sheet's row i + 1, blank rows kept. */
export function parseSchoolList(table: string[][], defaults: { city: string; orderSuffix: string }): SchoolList {
  const sheet: SheetRow[] = table
    .map((cells, i) => ({ line: i + 1, cells: cells.map((c) => c.trim()) }))
    .filter((r) => r.cells.some(Boolean));
  const header = findHeader(sheet);
  if (!header) {
    return { rows: [], errors: [{ line: 0, messages: ['Не найдена строка заголовков: нужны столбцы «Полное наименование», «Краткое наименование», «Должность руководителя», «ФИО руководителя», «Email руководителя».'] }] };
  }
  const missing = missingColumns(header.columns);
  if (missing.length) return { rows: [], errors: [{ line: 0, messages: [`В файле нет столбцов: ${missing.join(', ')}.`] }] };

  const body = sheet.slice(header.index + 1);
  if (body.length === 0) return { rows: [], errors: [{ line: 0, messages: ['В файле нет ни одной школы под строкой заголовков.'] }] };
  if (body.length > MAX_SCHOOLS) return { rows: [], errors: [{ line: 0, messages: [`За один раз можно загрузить не больше ${MAX_SCHOOLS} школ.`] }] };

  const cell = (row: SheetRow, c: Column) => {
    const i = header.columns.get(c);
    return i === undefined ? '' : (row.cells[i] ?? '');
  };
  const rows: SchoolListRow[] = [];
  const errors: RowError[] = [];
  const seenNames = new Map<string, number>();
  const seenEmails = new Map<string, number>();

  for (const row of body) {
    const messages: string[] = [];
    let name: { lastName: string; firstName: string; middleName: string | null } = {
      lastName: cell(row, 'headLastName'),
      firstName: cell(row, 'headFirstName'),
      middleName: cell(row, 'headMiddleName') || null,
    };
    if (header.columns.has('headFullName') && !name.lastName) {
      const split = splitFullName(cell(row, 'headFullName'));
      if (typeof split === 'string') messages.push(split);
      else name = split;
    }
    const parsed = schoolListRowSchema.safeParse({
      fullName: cell(row, 'fullName'),
      shortName: cell(row, 'shortName'),
      city: cell(row, 'city') || defaults.city,
      orderSuffix: header.columns.has('orderSuffix') ? cell(row, 'orderSuffix') : defaults.orderSuffix,
      headPosition: cell(row, 'headPosition'),
      headLastName: name.lastName,
      headFirstName: name.firstName,
      headMiddleName: name.middleName ?? '',
      headEmail: cell(row, 'headEmail'),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) if (!messages.includes(issue.message)) messages.push(issue.message);
    } else {
      const key = parsed.data.shortName.toLowerCase();
      const earlierName = seenNames.get(key);
      if (earlierName) messages.push(`Краткое наименование повторяет строку ${earlierName}.`);
      else seenNames.set(key, row.line);
      const earlierEmail = seenEmails.get(parsed.data.headEmail);
      if (earlierEmail) messages.push(`Email руководителя повторяет строку ${earlierEmail}.`);
      else seenEmails.set(parsed.data.headEmail, row.line);
      if (messages.length === 0) rows.push({ line: row.line, ...parsed.data });
    }
    if (messages.length) errors.push({ line: row.line, messages });
  }
  return { rows, errors };
}
