// The term of a mentoring program (ППН: from 3 months to 1 year) and of an ИОМ (4–5 years),
// checked on ISO dates without Date objects leaking into data.
import type { z } from 'zod';
import { formatDate } from '@/lib/russian';

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y, m, d];
}

function toIso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
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

/** 'с 01.10.2025 по 31.05.2026' */
export function termText(start: string, end: string): string {
  return `с ${formatDate(start)} по ${formatDate(end)}`;
}

type TermRefinement = (value: { start: string; end: string }, ctx: z.RefinementCtx) => void;

/** A zod check of a term; the issue lands on `end` so a form shows it beside the field. */
export function termCheck(minMonths: number, maxMonths: number, what: string): TermRefinement {
  return (value, ctx) => {
    if (value.end < value.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'дата окончания раньше даты начала' });
    } else if (!lastsMonths(value.start, value.end, minMonths, maxMonths)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: what });
    }
  };
}

export const PROGRAM_TERM_MESSAGE = 'срок реализации ППН — от 3 месяцев до 1 года';
export const programTermCheck = () => termCheck(3, 12, PROGRAM_TERM_MESSAGE);
