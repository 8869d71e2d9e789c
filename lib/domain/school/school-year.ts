// The school year runs from 1 September to 31 August: every order that names «учебный год»
// takes it from here, so two documents of one day never disagree about the year.

/** The first calendar year of the school year `iso` falls in: 2026-08-31 → 2025, 2026-09-01 → 2026. */
export function schoolYearStartOf(iso: string): number {
  const [year, month] = iso.split('-').map(Number) as [number, number];
  return month >= 9 ? year : year - 1;
}

/** As it reads after an order's title: 'на 2025/2026 учебный год'. */
export function schoolYearPeriodOf(iso: string): string {
  const start = schoolYearStartOf(iso);
  return `на ${start}/${start + 1} учебный год`;
}
