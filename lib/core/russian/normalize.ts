// Cleans up a name as typed: whitespace only; the letters and their case stay as the user typed them.

import type { PersonName } from './types';

export interface NormalizedName {
  lastName: string;
  firstName: string;
  middleName: string | null;
}

/** Trims, collapses runs of whitespace (including non-breaking spaces) and removes spaces around hyphens. */
export function normalizeWords(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').replace(/ ?- ?/g, '-').trim();
}

export function normalizeName(p: PersonName): NormalizedName {
  const middleName = normalizeWords(p.middleName);
  return {
    lastName: normalizeWords(p.lastName),
    firstName: normalizeWords(p.firstName),
    middleName: middleName === '' ? null : middleName,
  };
}
