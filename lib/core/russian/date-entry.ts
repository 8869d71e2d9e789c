// Dates as a person types them: «01.09.2026» whatever the browser's language, read to ISO.
// A native date input shows the browser's locale (09/01/2026 in an English browser), so
// forms use a text field and this one reading, shared by the browser and the server.
import { daysInMonth, toIso } from '@/lib/core/calendar/iso-dates';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
// «1.9.2026», «01/09/2026», «01-09-2026», «01 09 2026» and «01092026» are the same date.
const TYPED = /^(\d{1,2})[./\-\s,](\d{1,2})[./\-\s,](\d{4})$/;
const DIGITS = /^(\d{2})(\d{2})(\d{4})$/;

export type DateEntry = { ok: true; iso: string } | { ok: false; reason: 'empty' | 'format' | 'calendar' };

/** Reads дд.мм.гггг (or an ISO date, which pasted values and links carry) to 'YYYY-MM-DD'. */
export function readDateEntry(text: string): DateEntry {
  const s = text.trim();
  if (!s) return { ok: false, reason: 'empty' };
  const iso = ISO.exec(s);
  const typed = iso ? null : (TYPED.exec(s) ?? DIGITS.exec(s));
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]].map(Number) : typed ? [typed[3], typed[2], typed[1]].map(Number) : [NaN, NaN, NaN];
  if (Number.isNaN(year)) return { ok: false, reason: 'format' };
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: 'calendar' };
  return { ok: true, iso: toIso(year, month, day) };
}

/** What a date field shows for a form value: an ISO date as дд.мм.гггг, anything else as typed. */
export function dateEntryText(value: string | null | undefined): string {
  const iso = value ? ISO.exec(value) : null;
  return iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : (value ?? '');
}

/** The value a date field hands its form: the ISO date once the text is a whole date, else the text itself. */
export function dateEntryValue(text: string): string {
  const entry = readDateEntry(text);
  return entry.ok ? entry.iso : text;
}
