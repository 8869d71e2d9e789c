// Dates as official documents write them: «05.11.2019» or «5 ноября 2019 г.», from ISO 'YYYY-MM-DD' strings.
import { daysInMonth } from '@/lib/core/calendar/iso-dates';

/** «5 ноября»: month names as a date writes them. */
export const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function parseIsoDate(iso: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Некорректная дата «${iso}»: ожидается ГГГГ-ММ-ДД`);
  }
  return { year, month, day };
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** '2019-11-05' → '05.11.2019'. Throws RangeError for anything that is not a real calendar date. */
export function formatDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${twoDigits(day)}.${twoDigits(month)}.${year}`;
}

/** '2019-11-05' → '5 ноября 2019 г.'. Throws RangeError for anything that is not a real calendar date. */
export function formatDateLong(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${day} ${MONTHS_GENITIVE[month - 1]} ${year} г.`;
}
