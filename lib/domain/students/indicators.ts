// The two indicators of the student model (seed 002, Приложение 2 to the Volgograd order
// № 751): the share of pupils aged 10–19 involved as mentees and of pupils aged 15–19
// involved as mentors, on a reference date. A school's denominator is its own pupils of
// that age; a district's and the region's are sums of numerators and of denominators,
// never averages of shares. The SQL in lib/server/indicators/school-counts.ts applies the
// same cut-offs and the same "working on the date" rule as countStudentInvolvement here.
import { addDays } from '@/lib/core/calendar/iso-dates';
import { fullYears, yearsBefore } from '@/lib/domain/indicators/age';
import { percent } from '@/lib/domain/indicators/compute';
import type { PairStatus } from '@/lib/domain/mentoring/vocabulary';

/** «от 10 до 19 лет»: from the 10th birthday to the day before the 20th, both included. */
export const MENTEE_AGE = { from: 10, to: 19 } as const;
/** «от 15 до 19 лет». */
export const MENTOR_AGE = { from: 15, to: 19 } as const;

export const inAgeRange = (birthDate: string, on: string, range: { from: number; to: number }) => {
  const age = fullYears(birthDate, on);
  return age >= range.from && age <= range.to;
};

export interface StudentAgeCutoffs {
  /** Aged 20 or more ⇔ born on or before this date, so 10–19 and 15–19 are born after it. */
  bornAfter: string;
  /** Aged 10 or more ⇔ born on or before this date. */
  menteeBornBy: string;
  /** Aged 15 or more ⇔ born on or before this date. */
  mentorBornBy: string;
}

/** fullYears(x, on) ≥ n ⇔ x ≤ yearsBefore(on, n): the age ranges as plain date comparisons. */
export function studentAgeCutoffs(on: string): StudentAgeCutoffs {
  return { bornAfter: yearsBefore(on, MENTEE_AGE.to + 1), menteeBornBy: yearsBefore(on, MENTEE_AGE.from), mentorBornBy: yearsBefore(on, MENTOR_AGE.from) };
}

export interface PairSpan {
  status: PairStatus;
  startDate: string;
  endDate: string;
  endedOn: string | null;
}

/** The statuses of a pair whose order was issued: a forming pair is not in a program yet. */
export const WORKED_STATUSES = ['active', 'completed', 'terminated'] as const satisfies readonly PairStatus[];

/**
 * The last day a pair worked: its planned end; a pair completed early, the day it completed;
 * a terminated pair, the day before its termination takes effect (the termination order's
 * date already ends the participation, as the teacher model stops the payment from it).
 */
export function lastWorkingDay(p: PairSpan): string {
  if (!p.endedOn) return p.endDate;
  const ended = p.status === 'terminated' ? addDays(p.endedOn, -1) : p.endedOn;
  return ended < p.endDate ? ended : p.endDate;
}

/**
 * "Involved" on a date: a member of a pair (or group) that was working on it — its order
 * issued (active, or since completed or terminated), the date between its start and its
 * last working day. A pair completed or terminated later still counts for an earlier date,
 * so a report on a past date gives the figures of that date.
 */
export function pairWorkingOn(p: PairSpan, on: string): boolean {
  return (WORKED_STATUSES as readonly string[]).includes(p.status) && p.startDate <= on && on <= lastWorkingDay(p);
}

export interface StudentCounts {
  /** Pupils aged 10–19 on the reference date: the denominator of the mentee indicator. */
  pupils10to19: number;
  /** Of them, mentees of a pair working on the date (each child once). */
  studentMentees: number;
  /** Pupils aged 15–19: the denominator of the mentor indicator. */
  pupils15to19: number;
  /** Of them, mentors of a pair working on the date (each child once). */
  studentMentors: number;
}

export interface CountedPupil {
  id: string;
  birthDate: string;
}

export interface CountedPair extends PairSpan {
  /** The mentor's pupil id where the mentor is a pupil; teachers and external mentors are not children. */
  mentorPupilId: string | null;
  menteePupilIds: readonly string[];
}

/**
 * The counts of one school: every child once however many pairs and forms they are in; a
 * pupil who mentors one pair and is mentored in another counts in both indicators.
 */
export function countStudentInvolvement(pupils: readonly CountedPupil[], pairs: readonly CountedPair[], on: string): StudentCounts {
  const mentees = new Set<string>();
  const mentors = new Set<string>();
  for (const p of pairs) {
    if (!pairWorkingOn(p, on)) continue;
    for (const id of p.menteePupilIds) mentees.add(id);
    if (p.mentorPupilId) mentors.add(p.mentorPupilId);
  }
  const counts: StudentCounts = { pupils10to19: 0, studentMentees: 0, pupils15to19: 0, studentMentors: 0 };
  for (const pupil of pupils) {
    if (inAgeRange(pupil.birthDate, on, MENTEE_AGE)) {
      counts.pupils10to19 += 1;
      if (mentees.has(pupil.id)) counts.studentMentees += 1;
    }
    if (inAgeRange(pupil.birthDate, on, MENTOR_AGE)) {
      counts.pupils15to19 += 1;
      if (mentors.has(pupil.id)) counts.studentMentors += 1;
    }
  }
  return counts;
}

export interface StudentPlan {
  year: number;
  /** Per cent of pupils aged 10–19 involved as mentees. */
  menteeShare: number;
  /** Per cent of pupils aged 15–19 involved as mentors. */
  mentorShare: number;
}

/** Seed 002, Приложение 2: 2020 — 10 % and 2 %, 2021 — 25 % and 4 %. */
export const DEFAULT_STUDENT_PLANS: readonly StudentPlan[] = [
  { year: 2020, menteeShare: 10, mentorShare: 2 },
  { year: 2021, menteeShare: 25, mentorShare: 4 },
];

export const PLAN_YEARS = { min: 2020, max: 2100 } as const;

export interface PlanOfYear extends StudentPlan {
  /** Where the values come from: set by the region for this year, carried from an earlier year, or seed 002's default. */
  source: 'region' | 'carried' | 'default';
}

/**
 * The plan of a year: the region's values for it; else seed 002's default for it; else the
 * latest earlier plan (region's or default) — a target stays until the region changes it.
 * A year before 2020 takes the 2020 plan.
 */
export function planForYear(year: number, regionPlans: readonly StudentPlan[]): PlanOfYear {
  const own = regionPlans.find((p) => p.year === year);
  if (own) return { ...own, source: 'region' };
  const preset = DEFAULT_STUDENT_PLANS.find((p) => p.year === year);
  if (preset) return { ...preset, source: 'default' };
  const merged = new Map<number, StudentPlan>();
  for (const p of DEFAULT_STUDENT_PLANS) merged.set(p.year, p);
  for (const p of regionPlans) merged.set(p.year, p);
  const earlier = [...merged.values()].filter((p) => p.year < year).sort((a, b) => b.year - a.year)[0];
  const base = earlier ?? [...merged.values()].sort((a, b) => a.year - b.year)[0]!;
  return { year, menteeShare: base.menteeShare, mentorShare: base.mentorShare, source: 'carried' };
}

/** The plans shown for editing: the defaults' years, the region's, and every year up to `untilYear`. */
export function plansTable(regionPlans: readonly StudentPlan[], untilYear: number): PlanOfYear[] {
  const years = new Set<number>([...DEFAULT_STUDENT_PLANS.map((p) => p.year), ...regionPlans.map((p) => p.year)]);
  for (let y = PLAN_YEARS.min; y <= untilYear; y++) years.add(y);
  return [...years].sort((a, b) => a - b).map((y) => planForYear(y, regionPlans));
}

export type StudentIndicatorKey = 'studentMentees' | 'studentMentors';

export interface StudentIndicatorValue {
  key: StudentIndicatorKey;
  /** As seed 002 words it, for the region's children at large; the app counts the school's pupils. */
  name: string;
  label: string;
  unit: '%';
  plan: number;
  planText: string;
  fact: number | null;
  basis: string;
  achieved: boolean | null;
  numerator: number;
  denominator: number;
}

const share = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2, useGrouping: false });

export const STUDENT_INDICATOR_NAMES = {
  studentMentees: 'Доля обучающихся в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого',
  studentMentors: 'Доля обучающихся в возрасте от 15 до 19 лет, вошедших в программы наставничества в роли наставника',
} as const satisfies Record<StudentIndicatorKey, string>;

/** The two indicators of a unit against the plan of the reference date's year. */
export function studentIndicators(c: StudentCounts, plan: StudentPlan): StudentIndicatorValue[] {
  const row = (key: StudentIndicatorKey, label: string, numerator: number, denominator: number, planned: number, ages: string): StudentIndicatorValue => {
    const fact = percent(numerator, denominator);
    return {
      key,
      name: STUDENT_INDICATOR_NAMES[key],
      label,
      unit: '%',
      plan: planned,
      planText: `${share.format(planned)} % (${plan.year} г.)`,
      fact,
      basis: `${numerator} из ${denominator} обучающихся ${ages}`,
      achieved: fact === null ? null : fact >= planned,
      numerator,
      denominator,
    };
  };
  return [
    row('studentMentees', 'Обучающиеся 10–19 лет — наставляемые', c.studentMentees, c.pupils10to19, plan.menteeShare, '10–19 лет'),
    row('studentMentors', 'Обучающиеся 15–19 лет — наставники', c.studentMentors, c.pupils15to19, plan.mentorShare, '15–19 лет'),
  ];
}
