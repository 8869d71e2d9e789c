// Russian federal non-working days: the holidays of ст. 112 ТК РФ and the government's
// yearly transfers of days off. Data, kept apart from the arithmetic in working-days.ts.

/** Non-working holidays of ст. 112 ч. 1 ТК РФ, as 'MM-DD'. */
export const FEDERAL_HOLIDAYS = [
  '01-01', '01-02', '01-03', '01-04', '01-05', '01-06', '01-08', // Новогодние каникулы
  '01-07', // Рождество Христово
  '02-23', // День защитника Отечества
  '03-08', // Международный женский день
  '05-01', // Праздник Весны и Труда
  '05-09', // День Победы
  '06-12', // День России
  '11-04', // День народного единства
] as const;

/** January holidays: a weekend that falls on them is not moved by law, only by a decree (ст. 112 ч. 2). */
export const JANUARY_HOLIDAYS = new Set(['01-01', '01-02', '01-03', '01-04', '01-05', '01-06', '01-07', '01-08']);

export interface YearTransfers {
  /** The act that sets the year's transfers. */
  source: string;
  /** Weekdays that are days off: transferred weekends, and weekends moved by ст. 112 ч. 2. */
  daysOff: string[];
  /** Saturdays or Sundays that are working days. */
  workingDays: string[];
}

/**
 * Years whose transfers are published. A decree may reassign the days ст. 112 ч. 2 would move
 * (2025: the Sunday of 23 February went to 8 May, not to 24 February), so a listed year is
 * taken exactly as listed; a year not listed gets the Labour Code's own transfers, computed.
 */
export const TRANSFERS: Record<number, YearTransfers> = {
  2025: {
    // Постановление Правительства РФ от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году»:
    // 4 января → 2 мая, 5 января → 31 декабря, 23 февраля → 8 мая, 8 марта → 13 июня,
    // суббота 1 ноября → понедельник 3 ноября.
    source: 'постановление Правительства РФ от 04.10.2024 № 1335',
    daysOff: ['2025-05-02', '2025-05-08', '2025-06-13', '2025-11-03', '2025-12-31'],
    workingDays: ['2025-11-01'],
  },
  2026: {
    // Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»:
    // 3 января → 9 января, 4 января → 31 декабря; по ст. 112 ч. 2 ТК РФ воскресенье 8 марта
    // переходит на 9 марта, суббота 9 мая — на 11 мая.
    source: 'постановление Правительства РФ от 24.09.2025 № 1466',
    daysOff: ['2026-01-09', '2026-03-09', '2026-05-11', '2026-12-31'],
    workingDays: [],
  },
};
