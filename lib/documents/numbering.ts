// Registration numbers of orders: a sequence per organization and calendar year, printed
// with the organization's suffix («№ 100-д»). The sequence itself is allocated in the
// database (lib/server/documents/allocate-number.ts).

/** 100 and '-д' → '100-д'; a suffix without a leading hyphen is appended as typed. */
export function formatNumber(sequence: number, suffix: string): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`bad sequence ${sequence}`);
  return `${sequence}${suffix.trim()}`;
}

/** The calendar year of an ISO date: numbers restart every 1 January. */
export function numberingYear(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || !Number.isInteger(year)) throw new RangeError(`bad date ${isoDate}`);
  return year;
}
