import { describe, expect, it } from 'vitest';
import { emptyCounts, formatFact, formatPercent, keyIndicators, sumCounts, type UnitCounts } from './compute';

const counts = (over: Partial<UnitCounts>): UnitCounts => ({ ...emptyCounts(), ...over });

describe('key indicators of a unit', () => {
  const district = counts({ schools: 4, schoolsImplementing: 3, schoolsWithRegulation: 4, youngTeachers: 10, youngCovered: 7, mentors: 5 });

  it('computes shares against the regional plans', () => {
    const byKey = Object.fromEntries(keyIndicators(district, 'municipality').map((v) => [v.key, v]));
    expect(byKey.implementing).toMatchObject({ plan: 100, fact: 75, achieved: false, basis: '3 из 4 ОО' });
    expect(byKey.regulation).toMatchObject({ fact: 100, achieved: true });
    expect(byKey.youngCoverage).toMatchObject({ plan: 70, fact: 70, achieved: true, basis: '7 из 10 чел.' });
    expect(byKey.mentorBase).toMatchObject({ name: 'Сформирована муниципальная база наставников', fact: 1, achieved: true });
  });

  it('has no share of nothing: no young teachers is a dash, not 0 % or 100 %', () => {
    const [coverage] = keyIndicators(counts({ schools: 1 }), 'school').filter((v) => v.key === 'youngCoverage');
    expect(coverage).toMatchObject({ fact: null, achieved: null });
    expect(formatFact(coverage!)).toBe('—');
  });

  it('leaves the base of mentors out for a school and names the regional base for a region', () => {
    expect(keyIndicators(district, 'school').map((v) => v.key)).not.toContain('mentorBase');
    const base = keyIndicators(counts({}), 'region').find((v) => v.key === 'mentorBase')!;
    expect(base.name).toBe('Разработана единая региональная информационная база наставников');
    expect(formatFact(base)).toBe('нет');
  });

  it('sums schools into a district', () => {
    const total = sumCounts([counts({ schools: 1, youngTeachers: 2, pairsActive: 1 }), counts({ schools: 1, youngTeachers: 3, pairsTerminated: 2 })]);
    expect(total).toMatchObject({ schools: 2, youngTeachers: 5, pairsActive: 1, pairsTerminated: 2, mentors: 0 });
  });

  it('prints per cent the Russian way', () => {
    expect(formatPercent(200 / 3)).toBe('66,7 %');
    expect(formatPercent(null)).toBe('—');
  });
});
