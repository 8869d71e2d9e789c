// A list of organizations to register one level down (schools of a municipality,
// municipalities of a region), each with named people (its head, a coordinator) — rows of
// cells from read-sheet.ts → validated rows. Columns are found by their headers as people
// name them; a person's name may be one «ФИО» column or three. Every problem is reported with
// its row number in Russian, and nothing is registered while any remains. school-list.ts and
// municipality-list.ts are the two specifications.
import type { z } from 'zod';

export interface RowError {
  /** 0 for a problem of the whole file (missing columns). */
  line: number;
  messages: string[];
}

/** A non-empty row with its number as the user sees it in Excel. */
interface SheetRow {
  line: number;
  cells: string[];
}

export interface PersonName {
  lastName: string;
  firstName: string;
  middleName: string | null;
}

/** One person of a row: the columns of their name and the field prefix of the parsed row. */
export interface PersonSpec<C extends string> {
  /** 'head' → headLastName, headFirstName, headMiddleName. */
  prefix: string;
  /** In the genitive, for messages: «руководителя», «координатора». */
  whose: string;
  fullName: C;
  lastName: C;
  firstName: C;
  middleName: C;
}

export interface ListSpec<C extends string, R extends object> {
  labels: Record<C, string>;
  columnOf(header: string): C | null;
  /**
   * Columns that must be present, the full and the short name first: a row naming either is
   * the header. A person needs their «ФИО» column or the surname and name columns.
   */
  required: C[];
  people: PersonSpec<C>[];
  /** The row schema (what the registration form accepts, without passwords). */
  schema: z.ZodType<R>;
  /** The row's fields other than the people's names, from its cells. */
  fields(cell: (c: C) => string, has: (c: C) => boolean): Record<string, string>;
  /** Values that may occur once in the file: a key of the row and the label of its column. */
  unique: { key(row: R): string; label: string }[];
  max: number;
  /** «школ», «муниципалитетов»: «не больше 1000 школ». */
  manyGenitive: string;
  /** «ни одной школы». */
  noneGenitive: string;
}

export interface OrganizationList<R> {
  rows: (R & { line: number })[];
  errors: RowError[];
}

const INITIALS = /^\p{L}\.(\s?\p{L}\.)?$/u;

/** 'Киреева Ольга Алексеевна' → parts; initials are refused because an account needs the full name. */
export function splitFullName(value: string, whose = 'руководителя'): PersonName | string {
  const parts = value.split(/\s+/).filter(Boolean);
  if (parts.length < 2) return `Укажите фамилию, имя и отчество ${whose} полностью.`;
  if (parts.slice(1).some((p) => INITIALS.test(p))) return `Имя и отчество ${whose} укажите полностью, не инициалами.`;
  return { lastName: parts[0]!, firstName: parts[1]!, middleName: parts.slice(2).join(' ') || null };
}

function findHeader<C extends string>(rows: SheetRow[], spec: ListSpec<C, object>): { index: number; columns: Map<C, number> } | null {
  for (const [index, row] of rows.slice(0, 10).entries()) {
    const columns = new Map<C, number>();
    row.cells.forEach((cell, i) => {
      const column = spec.columnOf(cell);
      if (column && !columns.has(column)) columns.set(column, i);
    });
    if (spec.required.slice(0, 2).some((c) => columns.has(c))) return { index, columns };
  }
  return null;
}

function missingColumns<C extends string>(columns: Map<C, number>, spec: ListSpec<C, object>): string[] {
  const missing: C[] = spec.required.filter((c) => !columns.has(c));
  for (const p of spec.people) if (!columns.has(p.fullName) && !(columns.has(p.lastName) && columns.has(p.firstName))) missing.push(p.fullName);
  return missing.map((c) => `«${spec.labels[c]}»`);
}

/** `table` as readSheet returns it: row i is the sheet's row i + 1, blank rows kept. */
export function parseOrganizationList<C extends string, R extends object>(table: string[][], spec: ListSpec<C, R>): OrganizationList<R> {
  const sheet: SheetRow[] = table
    .map((cells, i) => ({ line: i + 1, cells: cells.map((c) => c.trim()) }))
    .filter((r) => r.cells.some(Boolean));
  const header = findHeader(sheet, spec as ListSpec<C, object>);
  if (!header) {
    const names = [...spec.required.slice(0, 3), ...spec.people.map((p) => p.fullName), ...spec.required.slice(3)].map((c) => `«${spec.labels[c]}»`);
    return { rows: [], errors: [{ line: 0, messages: [`Не найдена строка заголовков: нужны столбцы ${names.join(', ')}.`] }] };
  }
  const missing = missingColumns(header.columns, spec as ListSpec<C, object>);
  if (missing.length) return { rows: [], errors: [{ line: 0, messages: [`В файле нет столбцов: ${missing.join(', ')}.`] }] };

  const body = sheet.slice(header.index + 1);
  if (body.length === 0) return { rows: [], errors: [{ line: 0, messages: [`В файле нет ${spec.noneGenitive} под строкой заголовков.`] }] };
  if (body.length > spec.max) return { rows: [], errors: [{ line: 0, messages: [`За один раз можно загрузить не больше ${spec.max} ${spec.manyGenitive}.`] }] };

  const has = (c: C) => header.columns.has(c);
  const rows: (R & { line: number })[] = [];
  const errors: RowError[] = [];
  const seen = spec.unique.map(() => new Map<string, number>());

  for (const row of body) {
    const cell = (c: C) => {
      const i = header.columns.get(c);
      return i === undefined ? '' : (row.cells[i] ?? '');
    };
    const messages: string[] = [];
    const names: Record<string, string> = {};
    for (const p of spec.people) {
      let name: PersonName = { lastName: cell(p.lastName), firstName: cell(p.firstName), middleName: cell(p.middleName) || null };
      if (has(p.fullName) && !name.lastName) {
        const split = splitFullName(cell(p.fullName), p.whose);
        if (typeof split === 'string') messages.push(split);
        else name = split;
      }
      names[`${p.prefix}LastName`] = name.lastName;
      names[`${p.prefix}FirstName`] = name.firstName;
      names[`${p.prefix}MiddleName`] = name.middleName ?? '';
    }
    const parsed = spec.schema.safeParse({ ...spec.fields(cell, has), ...names });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) if (!messages.includes(issue.message)) messages.push(issue.message);
    } else {
      spec.unique.forEach((u, i) => {
        const key = u.key(parsed.data).toLowerCase();
        const earlier = seen[i]!.get(key);
        if (earlier) messages.push(`${u.label} повторяет строку ${earlier}.`);
        else seen[i]!.set(key, row.line);
      });
      if (messages.length === 0) rows.push({ line: row.line, ...parsed.data });
    }
    if (messages.length) errors.push({ line: row.line, messages });
  }
  return { rows, errors };
}
