import { describe, expect, it } from 'vitest';
import { addDays, addMonths, lastsMonths } from './iso-dates';

describe('ISO date arithmetic', () => {
  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-10-01', 12)).toBe('2026-10-01');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
  });

  it('adds days across months and years', () => {
    expect(addDays('2025-12-30', 3)).toBe('2026-01-02');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('counts both ends of a term', () => {
    expect(lastsMonths('2025-10-01', '2025-12-31', 3, 12)).toBe(true);
    expect(lastsMonths('2025-10-01', '2025-12-30', 3, 12)).toBe(false);
    expect(lastsMonths('2025-09-01', '2026-08-31', 3, 12)).toBe(true);
    expect(lastsMonths('2025-09-01', '2026-09-01', 3, 12)).toBe(false);
    expect(lastsMonths('2025-09-01', '2030-08-31', 48, 60)).toBe(true);
  });

});
