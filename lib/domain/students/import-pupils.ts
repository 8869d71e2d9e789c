// Class lists as schools export them (АИС «Сетевой город», «Дневник.ру», a hand-made table):
// «ФИО обучающегося» or Фамилия/Имя/Отчество, «Дата рождения», «Класс» («7А», «7 А», «7-а»),
// optionally the parent («ФИО родителя (законного представителя)», «Кем приходится»). Every
// row is checked with the manual form's schema; duplicates (same name and birth date) within
// the file and against the school's pupils are refused. The caller writes nothing while any
// row has an error, and each error names its row and column in Russian.
import { detectGender } from '@/lib/core/russian';
import { type HeaderRules, headerGuesser } from '@/lib/domain/import/columns';
import { parseSheetDate } from '@/lib/domain/import/dates';
import { nameKey } from '@/lib/domain/import/duplicates';
import { CLASS_MESSAGE, classLabel, parseClass } from '@/lib/domain/students/classes';
import type { GuardianRelation } from '@/lib/domain/students/vocabulary';
import { type PupilInput, pupilBirthDateProblem, pupilSchema, guardianSchema } from '@/lib/domain/validations/students-people';

export const PUPIL_COLUMNS = [
  { key: 'fullName', label: 'ФИО обучающегося' },
  { key: 'lastName', label: 'Фамилия' },
  { key: 'firstName', label: 'Имя' },
  { key: 'middleName', label: 'Отчество' },
  { key: 'birthDate', label: 'Дата рождения' },
  { key: 'schoolClass', label: 'Класс' },
  { key: 'guardianFullName', label: 'ФИО родителя (законного представителя)' },
  { key: 'guardianRelation', label: 'Кем приходится' },
] as const;

export type PupilColumn = (typeof PUPIL_COLUMNS)[number]['key'];
export type PupilMapping = Record<PupilColumn, number | null>;
export const COLUMN_LABEL = Object.fromEntries(PUPIL_COLUMNS.map((c) => [c.key, c.label])) as Record<PupilColumn, string>;

// The parent's columns come first: «ФИО родителя» must not be taken for the pupil's name.
const RULES: HeaderRules<PupilColumn> = [
  ['guardianRelation', (h) => /кем приходится|степень родства|^родство|^отношение к/.test(h)],
  ['guardianFullName', (h) => /родител|законн|представител|^мать|^отец|^опекун/.test(h)],
  ['fullName', (h) => /^(фио|ф и о|фамилия имя отчество|фамилия имя и отчество)( при наличии)?( обучающ\p{L}*| учащ\p{L}*| ученика| ребенка)?$|^(обучающийся|учащийся|ученик)$/u.test(h)],
  ['lastName', (h) => /^фамилия( обучающ\p{L}*| ученика| ребенка)?$/u.test(h)],
  ['firstName', (h) => /^имя( обучающ\p{L}*| ученика| ребенка)?$/u.test(h)],
  ['middleName', (h) => /^отчество( при наличии)?$/.test(h)],
  ['birthDate', (h) => /рожден/.test(h)],
  ['schoolClass', (h) => /^(класс|класс литера|класс буква|номер класса|класс группа)$/.test(h)],
];

const pupilGuesser = headerGuesser(PUPIL_COLUMNS.map((c) => c.key), RULES);

export const guessPupilMapping: (headers: string[]) => PupilMapping = pupilGuesser.guessMapping;

export const detectPupilHeaderRow: (rows: string[][]) => number = pupilGuesser.detectHeaderRow;

const RELATIONS: [RegExp, GuardianRelation][] = [
  [/^(мать|мама|матерь)$/, 'mother'],
  [/^(отец|папа)$/, 'father'],
  [/^опекун/, 'guardian'],
  [/^попечител/, 'trustee'],
  [/^(иной|другой|законный представитель|бабушка|дедушка|тетя|дядя|сестра|брат|отчим|мачеха)/, 'other'],
];

/** «мама» → 'mother'; empty: read from the parent's patronymic (мать/отец), the curator corrects it on the card. */
function relationOf(raw: string, name: { lastName: string; firstName: string; middleName: string }): GuardianRelation | null {
  const s = raw.trim().toLowerCase().replace(/ё/g, 'е');
  if (!s) return detectGender(name) === 'female' ? 'mother' : 'father';
  return RELATIONS.find(([re]) => re.test(s))?.[1] ?? null;
}

function splitFullName(full: string) {
  const [lastName = '', firstName = '', ...rest] = full.trim().split(/\s+/);
  return { lastName, firstName, middleName: rest.join(' ') };
}

/** An undeclined Turkic patronymic marks itself: «Рашид оглы», «Ахмед кызы». */
const turkic = (middleName: string) => /\s(оглы|кызы|улы|уулу)$/iu.test(middleName);

export interface KnownPupil {
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string;
  grade: number;
  classLetter: string;
}

export interface ImportedGuardian {
  lastName: string;
  firstName: string;
  middleName: string | null;
  relation: GuardianRelation;
}

export interface PupilRow {
  /** The row number the spreadsheet shows (1-based). */
  line: number;
  values: { name: string; birthDate: string; schoolClass: string; guardian: string; relation: string };
  pupil: PupilInput | null;
  guardian: ImportedGuardian | null;
  /** «Строка 5, столбец «Дата рождения»: …» */
  errors: string[];
}

export interface PupilCheck {
  rows: PupilRow[];
  errorLines: number[];
}

export interface PupilRowsInput {
  rows: string[][];
  headerRow: number;
  mapping: PupilMapping;
  defaultClass: string;
}

const pupilKey = (p: { lastName: string; firstName: string; middleName: string | null; birthDate: string }) => `${nameKey({ ...p })}|${p.birthDate}`;

const letterOf = (col: number) => (col < 26 ? String.fromCharCode(65 + col) : `${String.fromCharCode(64 + Math.floor(col / 26))}${String.fromCharCode(65 + (col % 26))}`);

// The schema names the field; the import names the column of the file it came from.
const FIELD_COLUMN: Record<string, PupilColumn[]> = {
  lastName: ['lastName', 'fullName'],
  firstName: ['firstName', 'fullName'],
  middleName: ['middleName', 'fullName'],
  birthDate: ['birthDate'],
  schoolClass: ['schoolClass'],
};

export function checkPupilRows(input: PupilRowsInput, existing: readonly KnownPupil[], today: string): PupilCheck {
  const { mapping } = input;
  const mapped = Object.values(mapping).filter((c): c is number => c !== null);
  const separateNames = mapping.lastName !== null && mapping.firstName !== null;
  const known = new Map(existing.map((p) => [pupilKey(p), p]));
  const seen = new Map<string, number>();
  const rows: PupilRow[] = [];

  input.rows.forEach((cells, index) => {
    if (index <= input.headerRow) return;
    if (!mapped.some((c) => (cells[c] ?? '').trim() !== '')) return;
    const line = index + 1;
    const cell = (field: PupilColumn) => (mapping[field] === null ? '' : (cells[mapping[field]] ?? '').trim());
    const columnName = (fields: PupilColumn[]) => {
      const field = fields.find((f) => mapping[f] !== null);
      return field ? `столбец ${letterOf(mapping[field]!)} «${COLUMN_LABEL[field]}»` : `«${COLUMN_LABEL[fields[0]!]}»`;
    };
    const errors: string[] = [];
    const fail = (fields: PupilColumn[], message: string) => errors.push(`Строка ${line}, ${columnName(fields)}: ${message}`);

    const name = separateNames
      ? { lastName: cell('lastName'), firstName: cell('firstName'), middleName: cell('middleName') }
      : { ...splitFullName(cell('fullName')), ...(cell('middleName') ? { middleName: cell('middleName') } : {}) };
    const rawClass = mapping.schoolClass === null ? input.defaultClass : cell('schoolClass');
    const rawDate = cell('birthDate');
    let birthDate = '';
    if (!rawDate) fail(['birthDate'], 'укажите дату рождения.');
    else {
      const parsed = parseSheetDate(rawDate);
      if (parsed.ok) birthDate = parsed.date;
      else fail(['birthDate'], `${parsed.error}.`);
    }
    const values = {
      name: [name.lastName, name.firstName, name.middleName].filter(Boolean).join(' ').slice(0, 200),
      birthDate: birthDate || rawDate.slice(0, 40),
      schoolClass: rawClass.slice(0, 20),
      guardian: cell('guardianFullName').slice(0, 200),
      relation: cell('guardianRelation').slice(0, 60),
    };
    if (!rawClass) fail(['schoolClass'], 'укажите класс.');
    else if (!parseClass(rawClass)) fail(['schoolClass'], `«${values.schoolClass}» — ${CLASS_MESSAGE}.`);

    let pupil: PupilInput | null = null;
    const parsed = pupilSchema.safeParse({ ...name, gender: 'auto', keepFatherName: turkic(name.middleName), birthDate: birthDate || '2000-01-01', schoolClass: rawClass || '1' });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (field === 'birthDate' || field === 'schoolClass') continue; // named above, from the cell itself
        fail(FIELD_COLUMN[field] ?? ['fullName'], issue.message);
      }
    } else if (birthDate) {
      const problem = pupilBirthDateProblem(birthDate, today);
      if (problem) fail(['birthDate'], problem);
      pupil = parsed.data;
      const key = pupilKey({ ...pupil, birthDate });
      const before = seen.get(key);
      if (before) fail(['fullName', 'lastName'], `повторяет строку ${before} (то же Ф.И.О. и дата рождения).`);
      else seen.set(key, line);
      const there = known.get(key);
      if (there) fail(['fullName', 'lastName'], `обучающийся уже есть в списке школы (${classLabel({ grade: there.grade, letter: there.classLetter })} класс).`);
    }

    let guardian: ImportedGuardian | null = null;
    const guardianText = cell('guardianFullName');
    if (guardianText) {
      const gName = splitFullName(guardianText);
      const relation = relationOf(cell('guardianRelation'), gName);
      if (!relation) fail(['guardianRelation'], `«${values.relation}» — укажите: мать, отец, опекун, попечитель или иной законный представитель.`);
      const g = guardianSchema.safeParse({ pupilId: '00000000-0000-4000-8000-000000000000', ...gName, gender: 'auto', keepFatherName: turkic(gName.middleName), relation: relation ?? 'other' });
      if (!g.success) for (const issue of g.error.issues) fail(['guardianFullName'], issue.message);
      else if (relation) guardian = { lastName: g.data.lastName, firstName: g.data.firstName, middleName: g.data.middleName, relation };
    } else if (cell('guardianRelation')) fail(['guardianFullName'], 'укажите Ф.И.О. родителя (законного представителя) или очистите «Кем приходится».');

    rows.push({ line, values, pupil: errors.length ? null : pupil, guardian: errors.length ? null : guardian, errors });
  });

  return { rows, errorLines: rows.filter((r) => r.errors.length).map((r) => r.line) };
}
