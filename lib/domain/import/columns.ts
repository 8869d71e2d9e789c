// The columns a staff list may have and the guesses from Russian header names: which row
// is the header, and which column holds which field. The guessing runs a table of header
// rules; the pupil list import runs its own table through the same runner. Pure, so the
// mapping form re-guesses in the browser when the curator picks another header row.

export const STAFF_COLUMNS = [
  { key: 'fullName', label: 'ФИО (одним столбцом)' },
  { key: 'lastName', label: 'Фамилия' },
  { key: 'firstName', label: 'Имя' },
  { key: 'middleName', label: 'Отчество' },
  { key: 'position', label: 'Должность' },
  { key: 'subjects', label: 'Предметы' },
  { key: 'pedagogicalStart', label: 'Дата начала педагогической деятельности' },
  { key: 'birthDate', label: 'Дата рождения' },
  { key: 'email', label: 'Эл. почта' },
  { key: 'gender', label: 'Пол' },
] as const;

export type StaffColumn = (typeof STAFF_COLUMNS)[number]['key'];
/** Field → 0-based column index in the sheet, or null when the file has no such column. */
export type ColumnMapping = Record<StaffColumn, number | null>;

/** «Ф.И.О.» → 'ф и о', «E-mail» → 'e mail', «Дата  рождения:» → 'дата рождения'. */
export function normalizeHeader(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();
}

/** A field's test of a normalized header. A table of them is checked in order: the first that matches names the column. */
export type HeaderRules<K extends string> = readonly (readonly [K, (header: string) => boolean])[];

/** Every list of people the app imports has a whole-name column and separate name columns. */
type NameColumn = 'fullName' | 'lastName' | 'firstName';

const HEADER_SEARCH_ROWS = 20;

/**
 * The guesses over one kind of list, from its own rule table: which row is the header, and which
 * column holds which field. Each field takes the first column whose header names it; each column
 * serves one field; separate surname and first-name columns win over a whole-name column.
 */
export function headerGuesser<K extends string>(keys: readonly (K | NameColumn)[], rules: HeaderRules<K | NameColumn>) {
  type Mapping = Record<K | NameColumn, number | null>;
  const emptyMapping = (): Mapping => Object.fromEntries(keys.map((k) => [k, null])) as Mapping;

  const fieldOf = (header: string): K | NameColumn | null => {
    const h = normalizeHeader(header);
    return h ? (rules.find(([, test]) => test(h))?.[0] ?? null) : null;
  };

  function guessMapping(headers: string[]): Mapping {
    const mapping = emptyMapping();
    headers.forEach((header, col) => {
      const field = fieldOf(header);
      if (field && mapping[field] === null) mapping[field] = col;
    });
    if (mapping.lastName !== null && mapping.firstName !== null) mapping.fullName = null;
    return mapping;
  }

  /** 0-based index of the header row: the early row naming the most known fields, else the first non-empty row. */
  function detectHeaderRow(rows: string[][]): number {
    let best = -1;
    let bestScore = 0;
    rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, i) => {
      const score = new Set(row.map(fieldOf).filter(Boolean)).size;
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best >= 0) return best;
    const firstNonEmpty = rows.findIndex((row) => row.some((c) => c.trim() !== ''));
    return Math.max(0, firstNonEmpty);
  }

  return { emptyMapping, guessMapping, detectHeaderRow };
}

// Checked in order; the whole-name rule comes before «фамилия» so «Фамилия, имя, отчество»
// is one column, not the surname.
const RULES: HeaderRules<StaffColumn> = [
  ['fullName', (h) => /^(фио|ф и о|фамилия имя отчество|фамилия имя и отчество|фамилия имя отчество при наличии|полное имя|сотрудник|работник|педагог|педагогический работник)$/.test(h)],
  ['lastName', (h) => h === 'фамилия'],
  ['firstName', (h) => h === 'имя'],
  ['middleName', (h) => /^отчество( при наличии)?$/.test(h)],
  // «Педагогический стаж» alone is a number of years, not the date work began.
  ['pedagogicalStart', (h) => /педагогическ/.test(h) && /(начал|дата|^стаж с| с$)/.test(h)],
  ['birthDate', (h) => /рожден/.test(h)],
  ['position', (h) => /должност/.test(h)],
  ['subjects', (h) => /предмет|дисциплин/.test(h)],
  ['email', (h) => /(^| )(e ?mail|email|почта|адрес электронной почты)( |$)/.test(h)],
  ['gender', (h) => h === 'пол'],
];

const staffGuesser = headerGuesser(STAFF_COLUMNS.map((c) => c.key), RULES);

export const emptyMapping: () => ColumnMapping = staffGuesser.emptyMapping;
export const guessMapping: (headers: string[]) => ColumnMapping = staffGuesser.guessMapping;
export const detectHeaderRow: (rows: string[][]) => number = staffGuesser.detectHeaderRow;
