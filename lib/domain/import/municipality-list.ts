// A region's list of municipalities (their education offices), each with its head and the
// coordinator whose account is created: the municipality specification of
// organization-list.ts. A bare «Фамилия» would not say whose, so name columns say it:
// «ФИО руководителя», «Фамилия координатора»…
import { createMunicipalitySchema } from '@/lib/domain/validations/municipality';
import { normalizeHeader } from './columns';
import { type ListSpec, type OrganizationList, parseOrganizationList } from './organization-list';

export type MunicipalityColumn =
  | 'fullName'
  | 'shortName'
  | 'city'
  | 'orderSuffix'
  | 'headPosition'
  | 'headFullName'
  | 'headLastName'
  | 'headFirstName'
  | 'headMiddleName'
  | 'coordinatorFullName'
  | 'coordinatorLastName'
  | 'coordinatorFirstName'
  | 'coordinatorMiddleName'
  | 'coordinatorEmail';

export const MUNICIPALITY_COLUMN_LABELS: Record<MunicipalityColumn, string> = {
  fullName: 'Полное наименование',
  shortName: 'Краткое наименование',
  city: 'Населённый пункт',
  orderSuffix: 'Суффикс номера приказа',
  headPosition: 'Должность руководителя',
  headFullName: 'ФИО руководителя',
  headLastName: 'Фамилия руководителя',
  headFirstName: 'Имя руководителя',
  headMiddleName: 'Отчество руководителя',
  coordinatorFullName: 'ФИО координатора',
  coordinatorLastName: 'Фамилия координатора',
  coordinatorFirstName: 'Имя координатора',
  coordinatorMiddleName: 'Отчество координатора',
  coordinatorEmail: 'Эл. почта координатора',
};

/** The columns of the downloadable template, in its order. */
export const MUNICIPALITY_TEMPLATE_COLUMNS: MunicipalityColumn[] = [
  'fullName',
  'shortName',
  'city',
  'orderSuffix',
  'headPosition',
  'headFullName',
  'coordinatorFullName',
  'coordinatorEmail',
];

export interface MunicipalityListRow {
  line: number;
  fullName: string;
  shortName: string;
  city: string;
  orderSuffix: string | null;
  headPosition: string;
  headLastName: string;
  headFirstName: string;
  headMiddleName: string | null;
  coordinatorLastName: string;
  coordinatorFirstName: string;
  coordinatorMiddleName: string | null;
  coordinatorEmail: string;
}

export const MAX_MUNICIPALITIES = 200;

/** Which column a header names, or null for a column we do not import. */
export function municipalityColumnOf(header: string): MunicipalityColumn | null {
  const h = normalizeHeader(header).replace(/ /g, '');
  if (!h) return null;
  if (h.includes('кратк') || h.includes('сокращ')) return 'shortName';
  if (h.includes('наимен') || h.includes('названи')) return 'fullName';
  if (h.includes('суффикс')) return 'orderSuffix';
  if (h.includes('населен') || h === 'город') return 'city';
  if (h.includes('mail') || h.includes('почт') || h.includes('логин')) return 'coordinatorEmail';
  const coordinator = h.includes('координ');
  const head = h.includes('руковод') || h.includes('начальник') || h.includes('председател');
  if (h.includes('должн')) return head && !coordinator ? 'headPosition' : null;
  const whose = coordinator ? 'coordinator' : head ? 'head' : null;
  if (!whose) return null;
  if (h.startsWith('фамил')) return `${whose}LastName`;
  if (h.startsWith('имя')) return `${whose}FirstName`;
  if (h.startsWith('отчеств')) return `${whose}MiddleName`;
  return `${whose}FullName`;
}

const SPEC: ListSpec<MunicipalityColumn, Omit<MunicipalityListRow, 'line'>> = {
  labels: MUNICIPALITY_COLUMN_LABELS,
  columnOf: municipalityColumnOf,
  required: ['fullName', 'shortName', 'headPosition', 'city', 'coordinatorEmail'],
  people: [
    { prefix: 'head', whose: 'руководителя', fullName: 'headFullName', lastName: 'headLastName', firstName: 'headFirstName', middleName: 'headMiddleName' },
    {
      prefix: 'coordinator',
      whose: 'координатора',
      fullName: 'coordinatorFullName',
      lastName: 'coordinatorLastName',
      firstName: 'coordinatorFirstName',
      middleName: 'coordinatorMiddleName',
    },
  ],
  schema: createMunicipalitySchema,
  fields: (cell) => ({
    fullName: cell('fullName'),
    shortName: cell('shortName'),
    city: cell('city'),
    orderSuffix: cell('orderSuffix'),
    headPosition: cell('headPosition'),
    coordinatorEmail: cell('coordinatorEmail'),
  }),
  unique: [
    { key: (r) => r.shortName, label: 'Краткое наименование' },
    { key: (r) => r.coordinatorEmail, label: 'Эл. почта координатора' },
  ],
  max: MAX_MUNICIPALITIES,
  manyGenitive: 'муниципалитетов',
  noneGenitive: 'ни одного муниципалитета',
};

/** `table` as readSheet returns it: row i is the sheet's row i + 1, blank rows kept. */
export function parseMunicipalityList(table: string[][]): OrganizationList<Omit<MunicipalityListRow, 'line'>> {
  return parseOrganizationList(table, SPEC);
}

/** The example row of the downloadable template, to be overwritten. */
export const MUNICIPALITY_TEMPLATE_EXAMPLE: Partial<Record<MunicipalityColumn, string>> = {
  fullName: 'Комитет Администрации города Рубцовска по образованию',
  shortName: 'Комитет по образованию г. Рубцовска',
  city: 'г. Рубцовск',
  orderSuffix: '',
  headPosition: 'Председатель',
  headFullName: 'Мищенко Ольга Викторовна',
  coordinatorFullName: 'Громова Ирина Павловна',
  coordinatorEmail: 'gromova@rubtsovsk.example',
};
