import { describe, expect, it } from 'vitest';
import { addWorkingDays, earliestCancellationEnd, isWorkingDay } from './working-days';

describe('isWorkingDay', () => {
  it('excludes weekends and the holidays of ст. 112 ТК РФ', () => {
    expect(isWorkingDay('2026-11-25')).toBe(true); // Wednesday
    expect(isWorkingDay('2026-11-28')).toBe(false); // Saturday
    for (const day of ['2026-01-01', '2026-01-07', '2026-01-08', '2026-02-23', '2026-05-01', '2026-06-12', '2026-11-04']) {
      expect(isWorkingDay(day), day).toBe(false);
    }
  });

  it('follows the 2025 decree, including a working Saturday and weekends it moved elsewhere', () => {
    expect(isWorkingDay('2025-11-01')).toBe(true); // Saturday made working
    expect(isWorkingDay('2025-11-03')).toBe(false);
    for (const day of ['2025-05-02', '2025-05-08', '2025-06-13', '2025-12-31']) expect(isWorkingDay(day), day).toBe(false);
    // The Sunday of 23 February went to 8 May and the Saturday of 8 March to 13 June, not to the next Monday.
    expect(isWorkingDay('2025-02-24')).toBe(true);
    expect(isWorkingDay('2025-03-10')).toBe(true);
  });

  it('follows the 2026 decree', () => {
    for (const day of ['2026-01-09', '2026-03-09', '2026-05-11', '2026-12-31']) expect(isWorkingDay(day), day).toBe(false);
    expect(isWorkingDay('2026-01-12')).toBe(true);
  });

  it('moves a weekend holiday to the next working day by ст. 112 ч. 2 in a year without a decree', () => {
    // 2027: 1 and 9 May, 12 June fall on weekends.
    expect(isWorkingDay('2027-05-03')).toBe(false);
    expect(isWorkingDay('2027-05-10')).toBe(false);
    expect(isWorkingDay('2027-06-14')).toBe(false);
    expect(isWorkingDay('2027-05-04')).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it('skips weekends and holidays and does not count the day itself', () => {
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30');
    expect(addWorkingDays('2026-11-03', 1)).toBe('2026-11-05');
  });
});

describe('earliestCancellationEnd', () => {
  it('leaves three whole working days after the notice and ends from the next working day', () => {
    expect(earliestCancellationEnd('2026-02-10')).toBe('2026-02-16');
    expect(earliestCancellationEnd('2026-11-25')).toBe('2026-12-01');
  });

  it('counts from the next working day when the notice is given on a Friday or a weekend', () => {
    expect(earliestCancellationEnd('2026-11-27')).toBe('2026-12-03');
    expect(earliestCancellationEnd('2026-11-28')).toBe('2026-12-03');
  });

  it('spans the New Year holidays', () => {
    // 30.12.2025 works; 31.12 and 1–11.01.2026 are days off.
    expect(earliestCancellationEnd('2025-12-29')).toBe('2026-01-14');
    expect(earliestCancellationEnd('2025-12-26')).toBe('2026-01-13');
  });

  it('spans the May holidays', () => {
    expect(earliestCancellationEnd('2026-04-29')).toBe('2026-05-06');
    expect(earliestCancellationEnd('2026-05-06')).toBe('2026-05-13');
    // 2025: 1–4 and 8–11 May off.
    expect(earliestCancellationEnd('2025-04-30')).toBe('2025-05-12');
  });

  it('counts a Saturday made working by decree', () => {
    expect(earliestCancellationEnd('2025-10-30')).toBe('2025-11-06');
  });

  it('spans a midweek holiday', () => {
    expect(earliestCancellationEnd('2026-11-02')).toBe('2026-11-09');
  });
});
