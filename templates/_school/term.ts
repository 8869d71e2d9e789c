// The term of a mentoring program (ППН: from 3 months to 1 year) and of an ИОМ (4–5 years).
import type { z } from 'zod';
import { lastsMonths } from '@/lib/core/calendar/iso-dates';
import { formatDate } from '@/lib/core/russian';

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
