// Rows of a staff spreadsheet → staff members: cells picked by the column mapping, «ФИО»
// split into parts, dates parsed, each row validated with the manual form's schema, and
// duplicates found within the file and against the school's staff. Every problem becomes a
// Russian message on its row; the caller writes nothing while any row has one.
import { detectGender } from '@/lib/core/russian';
import { type PersonInput, personSchema, impossibleDates } from '@/lib/domain/validations/person';
import type { ColumnMapping, StaffColumn } from './columns';
import { parseSheetDate } from './dates';
import { duplicateMessage, findDuplicate, type KnownPerson, nameKey, sameStaffMember } from './duplicates';

export interface StaffRowsInput {
  rows: string[][];
  headerRow: number;
  mapping: ColumnMapping;
  personalDataConsent: boolean;
  personalDataConsentDate: string | null;
}

export interface CheckedRow {
  /** The row number the spreadsheet shows (1-based). */
  line: number;
  /** What will be stored, or the cells as read when the row has errors. */
  values: Record<Exclude<StaffColumn, 'fullName'>, string>;
  person: PersonInput | null;
  errors: string[];
}

export interface StaffCheck {
  rows: CheckedRow[];
  /** Birth date / pedagogical start columns were mapped but ignored for lack of consent. */
  personalDataDropped: boolean;
  errorLines: number[];
}

const MALE = /^(м|муж|мужской|m|male)\.?$/i;
const FEMALE = /^(ж|жен|женский|f|female)\.?$/i;

/** «ж» → 'female'; kept only where the patronymic would not tell, so the override stays rare. */
function genderChoice(raw: string, name: { lastName: string; firstName: string; middleName: string }): { value: 'auto' | 'male' | 'female' } | { error: string } {
  if (!raw) return { value: 'auto' };
  const stated = MALE.test(raw) ? 'male' : FEMALE.test(raw) ? 'female' : null;
  if (!stated) return { error: `Пол: «${raw.slice(0, 20)}» — укажите «м» или «ж».` };
  return { value: detectGender(name) === stated ? 'auto' : stated };
}

function splitFullName(full: string) {
  const [lastName = '', firstName = '', ...rest] = full.trim().split(/\s+/);
  return { lastName, firstName, middleName: rest.join(' ') };
}

const DATE_LABELS = { birthDate: 'Дата рождения', pedagogicalStart: 'Дата начала педагогической деятельности' } as const;

export function checkStaffRows(input: StaffRowsInput, existing: readonly KnownPerson[], today: string): StaffCheck {
  const { mapping } = input;
  const mapped = Object.values(mapping).filter((c): c is number => c !== null);
  const personalDataDropped = !input.personalDataConsent && (mapping.birthDate !== null || mapping.pedagogicalStart !== null);
  const separateNames = mapping.lastName !== null && mapping.firstName !== null;
  const seen = new Map<string, { line: number; person: KnownPerson }[]>();
  const rows: CheckedRow[] = [];

  input.rows.forEach((cells, index) => {
    if (index <= input.headerRow) return;
    if (!mapped.some((c) => (cells[c] ?? '').trim() !== '')) return;
    const line = index + 1;
    const cell = (field: StaffColumn) => (mapping[field] === null ? '' : (cells[mapping[field]] ?? '').trim());
    const errors: string[] = [];

    const name = separateNames
      ? { lastName: cell('lastName'), firstName: cell('firstName'), middleName: cell('middleName') }
      : { ...splitFullName(cell('fullName')), ...(cell('middleName') ? { middleName: cell('middleName') } : {}) };
    const dates = { birthDate: '', pedagogicalStart: '' };
    if (input.personalDataConsent) {
      for (const field of ['birthDate', 'pedagogicalStart'] as const) {
        const raw = cell(field);
        if (!raw) continue;
        const parsed = parseSheetDate(raw);
        if (parsed.ok) dates[field] = parsed.date;
        else errors.push(`${DATE_LABELS[field]}: ${parsed.error}.`);
      }
    }
    const gender = genderChoice(cell('gender'), name);
    if ('error' in gender) errors.push(gender.error);
    const values = {
      ...name,
      gender: 'value' in gender ? gender.value : cell('gender'),
      position: cell('position'),
      subjects: cell('subjects'),
      email: cell('email'),
      birthDate: dates.birthDate || (input.personalDataConsent ? cell('birthDate') : ''),
      pedagogicalStart: dates.pedagogicalStart || (input.personalDataConsent ? cell('pedagogicalStart') : ''),
    };

    let person: PersonInput | null = null;
    const parsed = personSchema.safeParse({
      ...values,
      gender: 'value' in gender ? gender.value : 'auto',
      birthDate: dates.birthDate,
      pedagogicalStart: dates.pedagogicalStart,
      personalDataConsent: input.personalDataConsent,
      personalDataConsentDate: input.personalDataConsent ? (input.personalDataConsentDate ?? '') : '',
    });
    if (!parsed.success) errors.push(...parsed.error.issues.map((i) => i.message));
    else {
      errors.push(...Object.values(impossibleDates(parsed.data, today)).flat());
      const candidate = parsed.data;
      person = candidate;
      const key = nameKey(candidate);
      const before = seen.get(key)?.find((s) => sameStaffMember(candidate, s.person));
      if (before) errors.push(`Повторяет строку ${before.line}.`);
      const known = findDuplicate(candidate, existing);
      if (known) errors.push(duplicateMessage(known));
      seen.set(key, [...(seen.get(key) ?? []), { line, person: candidate }]);
    }
    rows.push({ line, values, person: errors.length ? null : person, errors });
  });

  return { rows, personalDataDropped, errorLines: rows.filter((r) => r.errors.length).map((r) => r.line) };
}
