// Gender of a person from their name: explicit override, then patronymic, then first name, then surname.

import { getFirstnameGender, getLastnameGender } from 'lvovich';
import { knownFirstNameGender } from './lvovich-fixes';
import { normalizeName } from './normalize';
import { patronymicGender } from './patronymic';
import type { Gender, PersonName } from './types';

function definite(g: string | null): Gender | null {
  return g === 'male' || g === 'female' ? g : null;
}

export function detectGender(p: PersonName): Gender {
  if (p.gender) return p.gender;
  const { lastName, firstName, middleName } = normalizeName(p);
  return (
    patronymicGender(middleName) ??
    knownFirstNameGender(firstName) ??
    definite(getFirstnameGender(firstName)) ??
    definite(getLastnameGender(lastName)) ??
    // Unknown names of either gender (Лейла, Элла, Рамиль): most female names end in -а/-я.
    (/[ая]$/i.test(firstName) ? 'female' : 'male')
  );
}
