// Age and pedagogical experience on a reference date, and the cut-off dates that turn
// "under 35 years old" and "under 3 years of experience" into plain date comparisons,
// so the SQL that counts young teachers applies exactly the rule tested here.
import { addMonths } from '@/lib/core/calendar/iso-dates';

/** The young-teacher thresholds of the regional key indicator: «в возрасте до 35 лет со стажем работы менее 3 лет». */
export const YOUNG_AGE_LIMIT = 35;
export const YOUNG_EXPERIENCE_LIMIT = 3;

/**
 * Full years from `from` to `on` (ISO dates): a birthday or an anniversary counts on its day.
 * Someone born on 29 February completes a year on 1 March in a common year.
 */
export function fullYears(from: string, on: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [oy, om, od] = on.split('-').map(Number) as [number, number, number];
  const beforeAnniversary = om < fm || (om === fm && od < fd);
  return oy - fy - (beforeAnniversary ? 1 : 0);
}

/**
 * The latest date from which fewer than `years` full years have passed by `on` is the day
 * after this cut-off: `fullYears(x, on) < years` ⇔ `x > yearsBefore(on, years)`.
 */
export function yearsBefore(on: string, years: number): string {
  return addMonths(on, -12 * years);
}

export interface YoungCutoffs {
  /** Under 35 on the reference date ⇔ born after this date. */
  bornAfter: string;
  /** Under 3 years of pedagogical experience ⇔ started after this date. */
  startedAfter: string;
}

export function youngCutoffs(referenceDate: string): YoungCutoffs {
  return { bornAfter: yearsBefore(referenceDate, YOUNG_AGE_LIMIT), startedAfter: yearsBefore(referenceDate, YOUNG_EXPERIENCE_LIMIT) };
}

export interface StaffDates {
  birthDate: string | null;
  pedagogicalStart: string | null;
}

/**
 * 'unknown' — a date missing: such a person is left out of the denominator and counted
 * separately (the dates are the employer's personnel records, so a withdrawn consent to
 * processing for mentoring does not take a person out); 'young' — under 35 with under 3
 * years of experience on the reference date; 'other' otherwise.
 */
export function classifyStaff(p: StaffDates, referenceDate: string): 'young' | 'other' | 'unknown' {
  if (!p.birthDate || !p.pedagogicalStart) return 'unknown';
  const young = fullYears(p.birthDate, referenceDate) < YOUNG_AGE_LIMIT && fullYears(p.pedagogicalStart, referenceDate) < YOUNG_EXPERIENCE_LIMIT;
  return young ? 'young' : 'other';
}
