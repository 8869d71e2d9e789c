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

/**
 * The register's numbering series, each counted apart per organization and year:
 * organisational orders («12-од») and personnel orders («3-лс») with the school's suffixes;
 * additional agreements and the employer's notices to employees with fixed prefixes
 * («ДС-2», «У-1»), because a school keeps them in their own journals, not among its orders.
 */
export const DOCUMENT_SERIES = ['general', 'personnel', 'agreement', 'notice'] as const;
export type DocumentSeries = (typeof DOCUMENT_SERIES)[number];

const SERIES_PREFIX: Partial<Record<DocumentSeries, string>> = { agreement: 'ДС-', notice: 'У-' };

/** The printed number of a series: the order series take the school's suffix, the others their prefix. */
export function formatSeriesNumber(series: DocumentSeries, sequence: number, suffixes: { general: string; personnel: string }): string {
  const prefix = SERIES_PREFIX[series];
  if (prefix) return `${prefix}${formatNumber(sequence, '')}`;
  return formatNumber(sequence, series === 'personnel' ? suffixes.personnel : suffixes.general);
}
