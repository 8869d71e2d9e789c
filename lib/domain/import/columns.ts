// The columns a staff list may have and the guesses from Russian header names: which row
// is the header, and which column holds which field. Pure, so the mapping form re-guesses
// in the browser when the curator picks another header row.

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

export const emptyMapping = (): ColumnMapping =>
  Object.fromEntries(STAFF_COLUMNS.map((c) => [c.key, null])) as ColumnMapping;

/** «Ф.И.О.» → 'ф и о', «E-mail» → 'e mail', «Дата  рождения:» → 'дата рождения'. */
export function normalizeHeader(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();
}

// Checked in order; the whole-name rule comes before «фамилия» so «Фамилия, имя, отчество»
// is one column, not the surname.
const RULES: [StaffColumn, (h: string) => boolean][] = [
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

function fieldOf(header: string): StaffColumn | null {
  const h = normalizeHeader(header);
  if (!h) return null;
  return RULES.find(([, test]) => test(h))?.[0] ?? null;
}

/** Each field takes the first column whose header names it; each column serves one field. */
export function guessMapping(headers: string[]): ColumnMapping {
  const mapping = emptyMapping();
  headers.forEach((header, col) => {
    const field = fieldOf(header);
    if (field && mapping[field] === null) mapping[field] = col;
  });
  // Separate surname and first-name columns win over a whole-name column.
  if (mapping.lastName !== null && mapping.firstName !== null) mapping.fullName = null;
  return mapping;
}

const HEADER_SEARCH_ROWS = 20;

/** 0-based index of the header row: the early row naming the most known fields, else the first non-empty row. */
export function detectHeaderRow(rows: string[][]): number {
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
