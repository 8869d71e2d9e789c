// Patronymics (отчества): the gender they carry and the two-word Turkic form «Гусейн оглы» / «Гейдар кызы».

import type { Gender } from './types';

// «оглы»/«кызы» (Azerbaijani) and their Central Asian counterparts, as written in Russian documents.
const TURKIC_PARTICLES: Record<string, Gender> = {
  оглы: 'male',
  оглу: 'male',
  улы: 'male',
  уулу: 'male',
  угли: 'male',
  кызы: 'female',
  гызы: 'female',
  кизи: 'female',
};

export interface TurkicPatronymic {
  /** The father's name, e.g. «Гусейн»: the only word that declines. */
  fatherName: string;
  /** The separator and particle as typed, e.g. « оглы», kept unchanged in every case. */
  tail: string;
  gender: Gender;
}

export function parseTurkicPatronymic(middleName: string): TurkicPatronymic | null {
  const match = /^(.+?)([ -])(\S+)$/.exec(middleName);
  if (!match) return null;
  const gender = TURKIC_PARTICLES[match[3].toLowerCase()];
  return gender ? { fatherName: match[1], tail: match[2] + match[3], gender } : null;
}

/** Gender carried by a patronymic: -ович/-евич/-ич, -овна/-евна/-ична/-инична/-инишна, оглы/кызы. */
export function patronymicGender(middleName: string | null): Gender | null {
  if (!middleName) return null;
  const turkic = parseTurkicPatronymic(middleName);
  if (turkic) return turkic.gender;
  const lower = middleName.toLowerCase();
  if (/ич$/.test(lower)) return 'male';
  if (/(вна|чна|шна)$/.test(lower)) return 'female';
  return null;
}
