// Calendar arithmetic on ISO dates 'YYYY-MM-DD', without Date objects leaking into data.
// UTC keeps the server's time zone out of every step.

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y, m, d];
}

export function toIso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Day 0 of the next month is the last day of this one. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same day `months` later; 31.01 + 1 month is the last day of February. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return toIso(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return toIso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * Whether [start, end] lasts from `minMonths` to `maxMonths`, both days included:
 * 01.10.2025–31.12.2025 is 3 months, 01.09.2025–31.08.2026 is 12.
 */
export function lastsMonths(start: string, end: string, minMonths: number, maxMonths: number): boolean {
  const dayAfterEnd = addDays(end, 1);
  return dayAfterEnd >= addMonths(start, minMonths) && dayAfterEnd <= addMonths(start, maxMonths);
}
