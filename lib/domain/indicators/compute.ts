// Indicators from counts: the counts of a school come from the database (one set-based
// query), a district's and a region's are sums of their schools' (every person, pair and
// document belongs to exactly one school), and the indicator values are derived here.
import type { OrgKind } from '@/lib/domain/permissions';
import type { StudentCounts } from '@/lib/domain/students/indicators';
import { INDICATOR_PLANS, type IndicatorKey, type IndicatorPlan } from './plans';

/** The student model's counts (lib/domain/students/indicators.ts) ride along, summed the same way. */
export interface UnitCounts extends StudentCounts {
  schools: number;
  /** Schools with an issued order introducing the system (school-intro-order). */
  schoolsImplementing: number;
  /** Schools with an issued положение (school-regulation, annex 1 of that order). */
  schoolsWithRegulation: number;
  staff: number;
  /** Staff without consent to personal data processing or without a birth / start date. */
  staffWithoutData: number;
  /** Under 35 with under 3 years of experience on the reference date. */
  youngTeachers: number;
  /** Of them, mentees of a forming, active or completed pair (each person once). */
  youngCovered: number;
  /** People with a mentor profile: the base of mentors. */
  mentors: number;
  /** People with a mentee profile or in a pair that was not terminated. */
  mentees: number;
  pairsForming: number;
  pairsActive: number;
  pairsCompleted: number;
  pairsTerminated: number;
  /** Consents required by forming and active pairs and not received. */
  consentsOutstanding: number;
}

export const COUNT_KEYS = [
  'schools',
  'schoolsImplementing',
  'schoolsWithRegulation',
  'staff',
  'staffWithoutData',
  'youngTeachers',
  'youngCovered',
  'mentors',
  'mentees',
  'pairsForming',
  'pairsActive',
  'pairsCompleted',
  'pairsTerminated',
  'consentsOutstanding',
  'pupils10to19',
  'studentMentees',
  'pupils15to19',
  'studentMentors',
] as const satisfies readonly (keyof UnitCounts)[];

export const emptyCounts = (): UnitCounts => Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as unknown as UnitCounts;

export function sumCounts(list: Iterable<UnitCounts>): UnitCounts {
  const total = emptyCounts();
  for (const c of list) for (const k of COUNT_KEYS) total[k] += c[k];
  return total;
}

/** Pairs working now: forming (before their order) and active. */
export const currentPairs = (c: UnitCounts) => c.pairsForming + c.pairsActive;

/** A share in per cent, or null when there is nothing to share (no schools, no young teachers). */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? (part / whole) * 100 : null;
}

/** A unit of the report is an organization of one of the tree's levels. */
export type Level = OrgKind;

export interface IndicatorValue extends IndicatorPlan {
  /** Per cent for shares, 1/0 for "exists"; null when it cannot be computed. */
  fact: number | null;
  /** The counts behind the fact: '23 из 28'. */
  basis: string;
  achieved: boolean | null;
}

function fact(key: IndicatorKey, c: UnitCounts): { fact: number | null; basis: string } {
  switch (key) {
    case 'implementing':
      return { fact: percent(c.schoolsImplementing, c.schools), basis: `${c.schoolsImplementing} из ${c.schools} ОО` };
    case 'regulation':
      return { fact: percent(c.schoolsWithRegulation, c.schools), basis: `${c.schoolsWithRegulation} из ${c.schools} ОО` };
    case 'youngCoverage':
      return { fact: percent(c.youngCovered, c.youngTeachers), basis: `${c.youngCovered} из ${c.youngTeachers} чел.` };
    case 'mentorBase':
      return { fact: c.mentors > 0 ? 1 : 0, basis: `наставников: ${c.mentors}` };
  }
}

/**
 * The key indicators of a unit, plan against fact. A school has no base of mentors of its
 * own, so that row is left out at the school level; a municipality has its municipal base.
 */
export function keyIndicators(c: UnitCounts, level: Level): IndicatorValue[] {
  return INDICATOR_PLANS.filter((p) => !(p.key === 'mentorBase' && level === 'school')).map((p) => {
    const f = fact(p.key, c);
    return {
      ...p,
      ...(p.key === 'mentorBase' && level === 'municipality' ? { name: 'Сформирована муниципальная база наставников', label: 'Муниципальная база наставников' } : {}),
      ...f,
      achieved: f.fact === null ? null : f.fact >= p.plan,
    };
  });
}

const numberFormat = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1, useGrouping: false });

/** 66.666 → '66,7 %'; null → '—'. */
export const formatPercent = (value: number | null) => (value === null ? '—' : `${numberFormat.format(value)} %`);

/** A share rounded to 0.1 as the analytical note and the export print it. */
export const roundShare = (value: number) => Math.round(value * 10) / 10;

export function formatFact(v: Pick<IndicatorValue, 'unit' | 'fact'>): string {
  if (v.unit === 'да/нет') return v.fact === null ? '—' : v.fact ? 'да' : 'нет';
  return formatPercent(v.fact);
}
