// A district's list of schools, each with its head: the school specification of
// organization-list.ts. Columns are found by their headers (as people name them: «Краткое
// наименование», «ФИО руководителя» or separate «Фамилия», «Имя», «Отчество», «Email»…).
import { schoolListRowSchema } from '@/lib/domain/validations/district';
import { normalizeHeader } from './columns';
import { type ListSpec, type OrganizationList, parseOrganizationList } from './organization-list';

export { type RowError, splitFullName } from './organization-list';

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
  headEmail: 'Эл. почта руководителя',
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

const schoolSpec = (defaults: { city: string; orderSuffix: string }): ListSpec<Column, Omit<SchoolListRow, 'line'>> => ({
  labels: COLUMN_LABELS,
  columnOf,
  required: ['fullName', 'shortName', 'headPosition', 'headEmail'],
  people: [{ prefix: 'head', whose: 'руководителя', fullName: 'headFullName', lastName: 'headLastName', firstName: 'headFirstName', middleName: 'headMiddleName' }],
  schema: schoolListRowSchema,
  fields: (cell, has) => ({
    fullName: cell('fullName'),
    shortName: cell('shortName'),
    city: cell('city') || defaults.city,
    orderSuffix: has('orderSuffix') ? cell('orderSuffix') : defaults.orderSuffix,
    headPosition: cell('headPosition'),
    headEmail: cell('headEmail'),
  }),
  unique: [
    { key: (r) => r.shortName, label: 'Краткое наименование' },
    { key: (r) => r.headEmail, label: 'Эл. почта руководителя' },
  ],
  max: MAX_SCHOOLS,
  manyGenitive: 'школ',
  noneGenitive: 'ни одной школы',
});

/** `table` as readSheet returns it: row i is the sheet's row i + 1, blank rows kept. */
export function parseSchoolList(table: string[][], defaults: { city: string; orderSuffix: string }): OrganizationList<Omit<SchoolListRow, 'line'>> {
  return parseOrganizationList(table, schoolSpec(defaults));
}
