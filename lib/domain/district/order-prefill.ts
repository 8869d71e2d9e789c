// The wizard's first draft of a district order: the structure of the templates' examples
// (templates/district-order-*/example.json), filled with the district's own data — its
// legal bases, the signed-in coordinator, this year's dates — and stripped of what was
// specific to the district the example came from. Everything stays editable.
import type { PersonName } from '@/lib/core/russian';
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

function roadmapFor(today: string) {
  const year = Number(today.slice(0, 4));
  const sections = roadmapExample.sections.map((s) => ({
    title: s.title,
    activities: s.activities
      .filter((a) => !LOCAL_ACTIVITY.test(a.name))
      .map((a) => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, LOCAL_PHRASES.reduce((t, [re, by]) => t.replace(re, by), v)])) as typeof a),
  }));
  return shiftYears({ title: roadmapExample.title, sections }, 2022, year);
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
