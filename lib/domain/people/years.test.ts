import { describe, expect, it } from 'vitest';
import { ageOn, experienceOn, isYoungSpecialist } from './years';

describe('experience and the young specialist rule', () => {
  it('returns null without the date', () => {
    expect(ageOn(null, '2026-01-01')).toBeNull();
    expect(experienceOn(null, '2026-01-01')).toBeNull();
    expect(isYoungSpecialist(null, '2026-01-01')).toBe(false);
  });

  it('completes the third year on the anniversary day: exactly 3 years is not «менее 3 лет»', () => {
    expect(experienceOn('2023-09-01', '2026-08-31')).toBe(2);
    expect(experienceOn('2023-09-01', '2026-09-01')).toBe(3);
    expect(isYoungSpecialist('2023-09-01', '2026-08-31')).toBe(true);
    expect(isYoungSpecialist('2023-09-01', '2026-09-01')).toBe(false);
  });

  it('counts a start on 29 February as completed on 1 March of a common year', () => {
    expect(isYoungSpecialist('2024-02-29', '2027-02-28')).toBe(true);
    expect(isYoungSpecialist('2024-02-29', '2027-03-01')).toBe(false);
    expect(experienceOn('2024-02-29', '2028-02-29')).toBe(4);
  });

  it('never reports negative years for a date after today', () => {
    expect(experienceOn('2027-01-01', '2026-01-01')).toBe(0);
  });
});

describe('age', () => {
  it('turns a year older on the birthday, and on 1 March for a leap-day birth', () => {
    expect(ageOn('1985-06-15', '2026-06-14')).toBe(40);
    expect(ageOn('1985-06-15', '2026-06-15')).toBe(41);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOn('2000-02-29', '2026-03-01')).toBe(26);
  });
});
