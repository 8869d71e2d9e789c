import { describe, expect, it } from 'vitest';
import { addDays } from '@/lib/core/calendar/iso-dates';
import { fullYears } from '@/lib/domain/indicators/age';
import { emptyCounts, sumCounts } from '@/lib/domain/indicators/compute';
import {
  type CountedPair,
  countStudentInvolvement,
  inAgeRange,
  MENTEE_AGE,
  MENTOR_AGE,
  pairWorkingOn,
  planForYear,
  plansTable,
  studentAgeCutoffs,
  studentIndicators,
} from './indicators';

const ON = '2026-12-20';
const pair = (over: Partial<CountedPair>): CountedPair => ({
  status: 'active',
  startDate: '2026-09-01',
  endDate: '2027-05-31',
  endedOn: null,
  mentorPupilId: null,
  menteePupilIds: [],
  ...over,
});

describe('age on the reference date', () => {
  it('a 10th birthday on the date makes a pupil 10–19; the day after is still 9', () => {
    expect(inAgeRange('2016-12-20', ON, MENTEE_AGE)).toBe(true);
    expect(inAgeRange('2016-12-21', ON, MENTEE_AGE)).toBe(false);
  });
  it('a 20th birthday on the date takes a pupil out of 10–19 and 15–19', () => {
    expect(inAgeRange('2006-12-20', ON, MENTEE_AGE)).toBe(false);
    expect(inAgeRange('2006-12-20', ON, MENTOR_AGE)).toBe(false);
    expect(inAgeRange('2006-12-21', ON, MENTEE_AGE)).toBe(true);
    expect(inAgeRange('2006-12-21', ON, MENTOR_AGE)).toBe(true);
  });
  it('a 15th birthday on the date makes a pupil 15–19', () => {
    expect(inAgeRange('2011-12-20', ON, MENTOR_AGE)).toBe(true);
    expect(inAgeRange('2011-12-21', ON, MENTOR_AGE)).toBe(false);
  });
  it('the cut-off dates the SQL compares with agree with full years on every day around them', () => {
    for (const on of [ON, '2028-02-29', '2027-03-01', '2026-01-01']) {
      const c = studentAgeCutoffs(on);
      for (const edge of [c.bornAfter, c.menteeBornBy, c.mentorBornBy]) {
        for (let d = -3; d <= 3; d++) {
          const x = addDays(edge, d);
          const age = fullYears(x, on);
          expect(x > c.bornAfter && x <= c.menteeBornBy, `${x} on ${on}`).toBe(age >= 10 && age <= 19);
          expect(x > c.bornAfter && x <= c.mentorBornBy, `${x} on ${on}`).toBe(age >= 15 && age <= 19);
        }
      }
    }
  });
});

describe('a pair working on the date', () => {
  it('counts from the start to the planned end, both included, once its order is issued', () => {
    expect(pairWorkingOn(pair({ startDate: ON }), ON)).toBe(true);
    expect(pairWorkingOn(pair({ startDate: addDays(ON, 1) }), ON)).toBe(false);
    expect(pairWorkingOn(pair({ endDate: ON }), ON)).toBe(true);
    expect(pairWorkingOn(pair({ endDate: addDays(ON, -1) }), ON)).toBe(false);
    expect(pairWorkingOn(pair({ status: 'forming' }), ON)).toBe(false);
  });
  it('a pair completed or terminated after the date counts for the date', () => {
    expect(pairWorkingOn(pair({ status: 'completed', endedOn: '2027-05-20' }), ON)).toBe(true);
    expect(pairWorkingOn(pair({ status: 'terminated', endedOn: addDays(ON, 1) }), ON)).toBe(true);
  });
  it('a termination taking effect on the date ends the participation that day; a completion that day still counts', () => {
    expect(pairWorkingOn(pair({ status: 'terminated', endedOn: ON }), ON)).toBe(false);
    expect(pairWorkingOn(pair({ status: 'completed', endedOn: ON }), ON)).toBe(true);
    expect(pairWorkingOn(pair({ status: 'completed', endedOn: addDays(ON, -1) }), ON)).toBe(false);
  });
});

describe('counting children', () => {
  const pupils = [
    { id: 'a', birthDate: '2014-03-01' }, // 12
    { id: 'b', birthDate: '2010-01-10' }, // 16
    { id: 'c', birthDate: '2009-05-05' }, // 17
    { id: 'young', birthDate: '2018-01-01' }, // 8
    { id: 'old', birthDate: '2006-12-20' }, // 20 on the date
  ];

  it('a child in two pairs of two forms counts once', () => {
    const c = countStudentInvolvement(
      pupils,
      [pair({ mentorPupilId: 'c', menteePupilIds: ['a'] }), pair({ mentorPupilId: 'c', menteePupilIds: ['a', 'young'] })],
      ON,
    );
    expect(c).toEqual({ pupils10to19: 3, studentMentees: 1, pupils15to19: 2, studentMentors: 1 });
  });

  it('a mentor who is also a mentee counts in both indicators', () => {
    const c = countStudentInvolvement(pupils, [pair({ mentorPupilId: 'b', menteePupilIds: ['a'] }), pair({ mentorPupilId: 'c', menteePupilIds: ['b'] })], ON);
    expect(c).toMatchObject({ studentMentees: 2, studentMentors: 2 });
  });

  it('children outside the ages, and pairs not working on the date, are left out of the numerators', () => {
    const c = countStudentInvolvement(
      pupils,
      [pair({ mentorPupilId: 'old', menteePupilIds: ['young'] }), pair({ status: 'forming', mentorPupilId: 'b', menteePupilIds: ['a'] })],
      ON,
    );
    expect(c).toEqual({ pupils10to19: 3, studentMentees: 0, pupils15to19: 2, studentMentors: 0 });
  });
});

describe('the indicators of a unit', () => {
  it('a district sums numerators and denominators, never averages the shares', () => {
    const small = { ...emptyCounts(), pupils10to19: 10, studentMentees: 5, pupils15to19: 4, studentMentors: 2 };
    const large = { ...emptyCounts(), pupils10to19: 90, studentMentees: 5, pupils15to19: 46, studentMentors: 0 };
    const district = sumCounts([small, large]);
    expect(district).toMatchObject({ pupils10to19: 100, studentMentees: 10, pupils15to19: 50, studentMentors: 2 });
    const [mentees, mentors] = studentIndicators(district, planForYear(2021, []));
    // The average of the shares would be (50 + 5.6) / 2 = 27.8 %.
    expect(mentees).toMatchObject({ fact: 10, plan: 25, achieved: false, basis: '10 из 100 обучающихся 10–19 лет', planText: '25 % (2021 г.)' });
    expect(mentors).toMatchObject({ fact: 4, plan: 4, achieved: true });
  });

  it('has no share without pupils of the age', () => {
    const [mentees] = studentIndicators(emptyCounts(), planForYear(2020, []));
    expect(mentees).toMatchObject({ fact: null, achieved: null, plan: 10 });
  });
});

describe('plans per year', () => {
  it('defaults to seed 002: 2020 10 % and 2 %, 2021 25 % and 4 %', () => {
    expect(planForYear(2020, [])).toEqual({ year: 2020, menteeShare: 10, mentorShare: 2, source: 'default' });
    expect(planForYear(2021, [])).toEqual({ year: 2021, menteeShare: 25, mentorShare: 4, source: 'default' });
  });
  it("takes the region's values and carries the latest plan to later years", () => {
    const region = [{ year: 2024, menteeShare: 30, mentorShare: 5 }];
    expect(planForYear(2023, region)).toMatchObject({ menteeShare: 25, mentorShare: 4, source: 'carried' });
    expect(planForYear(2024, region)).toMatchObject({ menteeShare: 30, source: 'region' });
    expect(planForYear(2026, region)).toMatchObject({ year: 2026, menteeShare: 30, mentorShare: 5, source: 'carried' });
    expect(planForYear(2021, [{ year: 2021, menteeShare: 20, mentorShare: 3 }])).toMatchObject({ menteeShare: 20, source: 'region' });
    expect(planForYear(2019, [])).toMatchObject({ year: 2019, menteeShare: 10, source: 'carried' });
  });
  it('lists every year from 2020 to the current one for editing', () => {
    expect(plansTable([], 2023).map((p) => p.year)).toEqual([2020, 2021, 2022, 2023]);
  });
});
