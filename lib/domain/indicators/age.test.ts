import { describe, expect, it } from 'vitest';
import { addDays } from '@/lib/core/calendar/iso-dates';
import { classifyStaff, fullYears, yearsBefore, youngCutoffs } from './age';

describe('full years on a date', () => {
  it('counts a birthday on its day', () => {
    expect(fullYears('1991-12-20', '2026-12-19')).toBe(34);
    expect(fullYears('1991-12-20', '2026-12-20')).toBe(35);
  });
  it('counts 29 February as completed on 1 March in a common year', () => {
    expect(fullYears('1992-02-29', '2027-02-28')).toBe(34);
    expect(fullYears('1992-02-29', '2027-03-01')).toBe(35);
    expect(fullYears('1992-02-29', '2028-02-29')).toBe(36);
  });
});

describe('cut-off dates agree with full years', () => {
  it('fullYears(x, on) < n ⇔ x > yearsBefore(on, n), for every day around the boundary', () => {
    for (const on of ['2026-12-20', '2027-02-28', '2028-02-29', '2027-03-01', '2026-01-01', '2026-12-31']) {
      for (const n of [3, 35]) {
        const cut = yearsBefore(on, n);
        for (let d = -400; d <= 400; d++) {
          const x = addDays(cut, d);
          expect(fullYears(x, on) < n, `${x} on ${on}, ${n} years`).toBe(x > cut);
        }
      }
    }
  });
});

describe('young teacher on the reference date', () => {
  const on = '2026-12-20';
  const person = (birthDate: string | null, pedagogicalStart: string | null) => ({ birthDate, pedagogicalStart });

  it('a 35th birthday on the reference date is no longer «до 35 лет»', () => {
    expect(classifyStaff(person('1991-12-20', '2025-09-01'), on)).toBe('other');
    expect(classifyStaff(person('1991-12-21', '2025-09-01'), on)).toBe('young');
  });
  it('experience of exactly 3 years is no longer «менее 3 лет»', () => {
    expect(classifyStaff(person('2000-01-01', '2023-12-20'), on)).toBe('other');
    expect(classifyStaff(person('2000-01-01', '2023-12-21'), on)).toBe('young');
  });
  it('without a date the person is unknown, not counted either way', () => {
    expect(classifyStaff(person(null, null), on)).toBe('unknown');
    expect(classifyStaff(person('2000-01-01', null), on)).toBe('unknown');
    expect(classifyStaff(person(null, '2025-09-01'), on)).toBe('unknown');
  });
  it('gives the cut-offs the database compares with', () => {
    expect(youngCutoffs(on)).toEqual({ bornAfter: '1991-12-20', startedAfter: '2023-12-20' });
  });
});
