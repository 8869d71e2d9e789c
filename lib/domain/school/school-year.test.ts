import { describe, expect, it } from 'vitest';
import { schoolYearPeriodOf, schoolYearStartOf } from './school-year';

describe('the school year of a date', () => {
  it('starts on 1 September', () => {
    expect(schoolYearPeriodOf('2026-08-31')).toBe('на 2025/2026 учебный год');
    expect(schoolYearPeriodOf('2026-09-01')).toBe('на 2026/2027 учебный год');
    expect(schoolYearStartOf('2026-08-31')).toBe(2025);
    expect(schoolYearStartOf('2026-09-01')).toBe(2026);
  });

  it('runs to the end of August of the next calendar year', () => {
    expect(schoolYearPeriodOf('2026-01-01')).toBe('на 2025/2026 учебный год');
    expect(schoolYearPeriodOf('2026-03-10')).toBe('на 2025/2026 учебный год');
    expect(schoolYearPeriodOf('2026-12-31')).toBe('на 2026/2027 учебный год');
  });
});
