// A pupil's age on the date that matters: the consent's date decides who co-signs, a pair's
// start date whether a pupil may mentor. The counting is the indicators' own (fullYears), so a
// pupil is 15 for a pair on exactly the day the indicators count them among mentors aged 15–19.
import { fullYears } from '@/lib/domain/indicators/age';

/** Р-145: a pupil mentors from 15 (the indicators count mentors aged 15–19). */
export const MIN_PUPIL_MENTOR_AGE = 15;

export function ageOn(birthDate: string, on: string): number {
  return fullYears(birthDate, on);
}

/**
 * Whether the pupil signs the consent together with the parent: from the school's co-signing
 * age (14 by default, as ст. 26 ГК РФ lets a minor act with the parent's consent) on the
 * consent's date. A school that sets none (null) has the parent sign alone.
 */
export function pupilCosigns(birthDate: string, consentDate: string, cosignAge: number | null): boolean {
  return cosignAge !== null && ageOn(birthDate, consentDate) >= cosignAge;
}

/** «7Б», «11» where a school has one class a year. */
export function classLabel(p: { grade: number; classLetter: string }): string {
  return `${p.grade}${p.classLetter.trim()}`;
}
