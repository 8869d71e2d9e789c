import { describe, expect, it } from 'vitest';
import { ageOn, classLabel, pupilCosigns } from './age';

describe('pupil age', () => {
  it('counts a birthday on its day', () => {
    expect(ageOn('2011-09-15', '2026-09-14')).toBe(14);
    expect(ageOn('2011-09-15', '2026-09-15')).toBe(15);
  });

  it('has a pupil of the co-signing age on the consent date sign with the parent', () => {
    expect(pupilCosigns('2012-10-01', '2026-09-30', 14)).toBe(false);
    expect(pupilCosigns('2012-10-01', '2026-10-01', 14)).toBe(true);
    expect(pupilCosigns('2008-01-01', '2026-10-01', 16)).toBe(true);
    expect(pupilCosigns('2011-01-01', '2026-10-01', 16)).toBe(false);
  });

  it('leaves the parent to sign alone where the school sets no co-signing age', () => {
    expect(pupilCosigns('2008-01-01', '2026-10-01', null)).toBe(false);
  });

  it('labels a class with its letter', () => {
    expect(classLabel({ grade: 7, classLetter: 'Б' })).toBe('7Б');
    expect(classLabel({ grade: 11, classLetter: '' })).toBe('11');
  });
});
