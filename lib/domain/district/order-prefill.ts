// The wizard's first draft of a district order: the structure of the templates' examples
// (templates/district-order-*/example.json), filled with the district's own data — its
// legal bases, the signed-in coordinator, this year's dates — and stripped of what was
// specific to the district the example came from. Everything stays editable.
import type { PersonName } from '@/lib/core/russian';
import { schoolYearPeriodOf, schoolYearStartOf } from '@/lib/domain/school/school-year';
import type { DistrictOrderFormInput } from '@/lib/domain/validations/district';
import { FEDERAL_LEGAL_BASES } from '@/templates/_school/legal-bases';
import { districtOrderDuties } from '@/templates/district-order-duties';
import dutiesExample from '@/templates/district-order-duties/example.json';
import regulationExample from '@/templates/district-order-regulation/example.json';
import roadmapExample from '@/templates/municipal-roadmap/example.json';

export interface PrefillContext {
  district: { shortName: string; legalBases: { title: string }[] };
  coordinator: PersonName;
  /** 'YYYY-MM-DD' */
  today: string;
}

/** 'Строкина Светлана Викторовна' → parts (the account keeps one full-name string). */
export function nameParts(fullName: string): PersonName {
  const [lastName = '', firstName = '', ...rest] = fullName.trim().split(/\s+/);
  return { lastName, firstName, middleName: rest.join(' ') || null };
}

const nameInput = (p: PersonName) => ({ lastName: p.lastName, firstName: p.firstName, middleName: p.middleName ?? '' });
const blankControl = { position: '', person: { lastName: '', firstName: '', middleName: '' } };

/** The same month and day as in the example, in the current year, or the next one if already past. */
export function shiftDeadline(exampleIso: string, today: string): string {
  const year = Number(today.slice(0, 4));
  const candidate = `${year}${exampleIso.slice(4)}`;
  return candidate >= today ? candidate : `${year + 1}${exampleIso.slice(4)}`;
}

/** Planning years of the example (2022 → this year, 2024 → this year + 2); acts cited elsewhere keep theirs. */
function shiftYears<T>(value: T, from: number, to: number): T {
  return JSON.parse(JSON.stringify(value).replace(/\b(202\d)\b/g, (y) => String(Number(y) - from + to))) as T;
}

// The example roadmap comes from Котельниковский район of Волгоградская область; its
// place-specific wording is neutralised, its regional community sites are dropped.
const LOCAL_PHRASES: [RegExp, string][] = [
  [/ в Котельниковском муниципальном районе Волгоградской области/g, ''],
  [/комитет образования, науки и молодежной политики Волгоградской области/g, 'региональный орган управления образованием'],
  [/комитетом образования, науки и молодежной политики Волгоградской области/g, 'региональным органом управления образованием'],
];
const LOCAL_ACTIVITY = /Траектория 34|Telegram/;

// The seed's slips, corrected in the draft a district starts from (the example keeps the
// source's wording as printed).
const TYPOS: [RegExp, string][] = [
  [/сороками/g, 'сроками'],
  [/База наставником/g, 'База наставников'],
  [/в соответствии с сформированным/g, 'в соответствии со сформированным'],
  [/Приказ отдел образования/g, 'Приказ отдела образования'],
  [/реализации Целевой модели/g, 'реализации целевой модели'],
  [/(\d{4})\s*года\b/g, '$1 года'],
  [/(\d{4})\s*г\.(?!г)/g, '$1 г.'],
  [/(\d{4})[–-](\d{4}) г\.г\./g, '$1–$2 гг.'],
];

const MONTH_STEMS = ['январ', 'феврал', 'март', 'апрел', 'ма[йя]', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const MONTH = new RegExp(`(?:^|[^а-яё])(${MONTH_STEMS.join('|')})`, 'i');
const RANGE = new RegExp(`^\\s*(?:${MONTH_STEMS.join('|')})[а-яё]*\\s*[-–—]\\s*(?:${MONTH_STEMS.join('|')})[а-яё]*\\s+\\d{4}`, 'i');

/**
 * A dated term of the example's plan, moved into the school year of `today`: September to
 * December in its first year, January to August in its second («до 20 апреля 2022 г.» →
 * «до 20 апреля 2027 г.» on 1 September 2026). A span of months across the example's calendar
 * year becomes the school year itself.
 */
export function schoolYearTerm(term: string, today: string): string {
  const start = schoolYearStartOf(today);
  if (!/\b20\d\d\b/.test(term)) return term;
  if (RANGE.test(term)) return `в течение ${start}/${start + 1} учебного года`;
  const month = MONTH.exec(term);
  if (!month) return term.replace(/\b20\d\d\b/g, String(start));
  const index = MONTH_STEMS.findIndex((stem) => new RegExp(`^${stem}$`, 'i').test(month[1]!));
  return term.replace(/\b20\d\d\b/g, String(index + 1 >= 9 ? start : start + 1));
}

function roadmapFor(today: string) {
  const start = schoolYearStartOf(today);
  const fix = (text: string) => TYPOS.reduce((t, [re, by]) => t.replace(re, by), LOCAL_PHRASES.reduce((t, [re, by]) => t.replace(re, by), text));
  const sections = roadmapExample.sections.map((s) => ({
    title: s.title,
    activities: s.activities
      .filter((a) => !LOCAL_ACTIVITY.test(a.name))
      .map((a) => ({
        ...shiftYears({ name: fix(a.name), responsible: fix(a.responsible), result: fix(a.result) }, 2022, start),
        term: schoolYearTerm(fix(a.term), today),
      })),
  }));
  return { title: roadmapExample.title.replace(/на 2022 год$/, schoolYearPeriodOf(today)), sections };
}

const legalBasesOf = (district: PrefillContext['district']) =>
  (district.legalBases.length ? district.legalBases : FEDERAL_LEGAL_BASES).map((b) => ({ title: b.title }));

export function prefillRegulation(c: PrefillContext): DistrictOrderFormInput {
  return {
    style: 'regulation',
    legalBases: legalBasesOf(c.district),
    reasons: [],
    regulationName: regulationExample.regulationName,
    institutions: regulationExample.institutions,
    coordinator: { unit: '', person: nameInput(c.coordinator) },
    implementationDeadline: `${c.today.slice(0, 4)}-12-31`,
    control: blankControl,
    executor: nameInput(c.coordinator),
  };
}

export function prefillDuties(c: PrefillContext): DistrictOrderFormInput {
  // Example points: [0] cites the Volgograd regulation, [1] is addressed to the coordinator, [2] lists the heads' duties.
  const [, coordinatorPoint, headsPoint] = dutiesExample.points as {
    text?: string;
    subpoints: { text: string; deadline?: string }[];
  }[];
  const subpoints = (p: typeof coordinatorPoint) =>
    (p?.subpoints ?? []).map((s) => ({ text: s.text, deadline: s.deadline ? shiftDeadline(s.deadline, c.today) : '' }));
  return {
    style: 'duties',
    legalBases: legalBasesOf(c.district),
    reasons: [],
    title: districtOrderDuties.title,
    // An abbreviated name («МКУ «Управление образования …»») reads the same in the genitive.
    issuerGenitive: c.district.shortName,
    repealed: [],
    points: [
      {
        addressee: { position: '', person: { lastName: '', firstName: '', middleName: '' }, role: '' },
        text: headsPoint?.text ?? 'Руководителям образовательных организаций',
        deadline: '',
        subpoints: subpoints(headsPoint),
      },
      {
        addressee: { position: 'Муниципальному координатору', person: nameInput(c.coordinator), role: '' },
        text: '',
        deadline: '',
        subpoints: subpoints(coordinatorPoint),
      },
    ],
    roadmap: roadmapFor(c.today),
    control: blankControl,
    executor: nameInput(c.coordinator),
  };
}

export const prefill = (style: 'regulation' | 'duties', c: PrefillContext) => (style === 'regulation' ? prefillRegulation(c) : prefillDuties(c));
