// Working days of the five-day week under Russian federal law (weekends, ст. 112 ТК РФ
// holidays and the government's transfers), and the earliest end of mentoring after a
// written notice of early refusal or cancellation (ст. 351.8 ТК РФ: «не позднее чем за три
// рабочих дня»). Dates are ISO strings 'YYYY-MM-DD' throughout.
import { FEDERAL_HOLIDAYS, JANUARY_HOLIDAYS, TRANSFERS } from './holidays';
import { addDays } from './iso-dates';

/** Working days of notice ст. 351.8 ТК РФ requires. */
export const NOTICE_WORKING_DAYS = 3;

const isWeekend = (iso: string) => {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
};

const isHoliday = (iso: string) => (FEDERAL_HOLIDAYS as readonly string[]).includes(iso.slice(5));

/**
 * ст. 112 ч. 2 ТК РФ for a year without a published decree: a weekend that coincides with a
 * holiday (other than the January ones) moves to the next working day after the holiday.
 */
function transfersByLabourCode(year: number): Set<string> {
  const moved = new Set<string>();
  for (const mmdd of FEDERAL_HOLIDAYS) {
    const iso = `${year}-${mmdd}`;
    if (JANUARY_HOLIDAYS.has(mmdd) || !isWeekend(iso)) continue;
    let next = addDays(iso, 1);
    while (isWeekend(next) || isHoliday(next) || moved.has(next)) next = addDays(next, 1);
    moved.add(next);
  }
  return moved;
}

const cache = new Map<number, { daysOff: Set<string>; workingDays: Set<string> }>();

function yearRules(year: number) {
  let rules = cache.get(year);
  if (!rules) {
    const published = TRANSFERS[year];
    rules = published
      ? { daysOff: new Set(published.daysOff), workingDays: new Set(published.workingDays) }
      : { daysOff: transfersByLabourCode(year), workingDays: new Set<string>() };
    cache.set(year, rules);
  }
  return rules;
}

export function isWorkingDay(iso: string): boolean {
  const rules = yearRules(Number(iso.slice(0, 4)));
  if (rules.workingDays.has(iso)) return true;
  return !isWeekend(iso) && !isHoliday(iso) && !rules.daysOff.has(iso);
}

/** The n-th working day after `iso` (the day itself is not counted). */
export function addWorkingDays(iso: string, n: number): string {
  let day = iso;
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left--;
  }
  return day;
}

/**
 * The earliest first day without mentoring work after a written notice given on `noticeDate`.
 * The notice period runs from the next day (ст. 14 ТК РФ) and lasts three whole working days;
 * mentoring ends from the working day after them: a notice on Tuesday 10.02.2026 runs through
 * Wednesday–Friday and ends mentoring from Monday 16.02.2026.
 */
export function earliestCancellationEnd(noticeDate: string): string {
  return addWorkingDays(noticeDate, NOTICE_WORKING_DAYS + 1);
}
