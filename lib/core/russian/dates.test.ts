import { describe, expect, it } from 'vitest';
import { formatDate, formatDateLong } from './dates';

describe('formatDate', () => {
  it('writes DD.MM.YYYY with leading zeros', () => {
    expect(formatDate('2019-11-05')).toBe('05.11.2019');
    expect(formatDate('2024-01-31')).toBe('31.01.2024');
  });

  it('accepts 29 February of a leap year', () => {
    expect(formatDate('2024-02-29')).toBe('29.02.2024');
    expect(formatDate('2000-02-29')).toBe('29.02.2000');
  });
});

describe('formatDateLong', () => {
  it('writes the day without a leading zero, the month in the genitive and «г.»', () => {
    expect(formatDateLong('2019-11-05')).toBe('5 ноября 2019 г.');
    expect(formatDateLong('2024-11-08')).toBe('8 ноября 2024 г.');
  });

  it.each([
    ['2025-01-01', '1 января 2025 г.'],
    ['2025-02-10', '10 февраля 2025 г.'],
    ['2025-03-10', '10 марта 2025 г.'],
    ['2025-04-10', '10 апреля 2025 г.'],
    ['2025-05-25', '25 мая 2025 г.'],
    ['2025-06-10', '10 июня 2025 г.'],
    ['2025-07-10', '10 июля 2025 г.'],
    ['2025-08-18', '18 августа 2025 г.'],
    ['2025-09-01', '1 сентября 2025 г.'],
    ['2025-10-10', '10 октября 2025 г.'],
    ['2025-11-10', '10 ноября 2025 г.'],
    ['2025-12-31', '31 декабря 2025 г.'],
  ])('%s → %s', (iso, expected) => {
    expect(formatDateLong(iso)).toBe(expected);
  });
});

describe('invalid dates', () => {
  it.each(['2025-02-30', '2023-02-29', '1900-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00', '2025-1-5', '05.11.2019', '2019-11-05T00:00:00Z', '', ' 2019-11-05'])(
    '%j is rejected with a RangeError',
    (iso) => {
      expect(() => formatDate(iso)).toThrow(RangeError);
      expect(() => formatDateLong(iso)).toThrow(RangeError);
    },
  );

  it('explains the problem in Russian', () => {
    expect(() => formatDate('2025-02-30')).toThrow('Некорректная дата «2025-02-30»: ожидается ГГГГ-ММ-ДД');
  });
});
