// Declension of a person's full name (Фамилия Имя Отчество) into the six grammatical cases, via lvovich.

import { inclineFirstname, inclineLastname, inclineMiddlename } from 'lvovich';
import { detectGender } from './gender';
import { fixFirstName, isIndeclinableSurname } from './lvovich-fixes';
import { normalizeName } from './normalize';
import { parseTurkicPatronymic } from './patronymic';
import type { Gender, GrammaticalCase, PersonName } from './types';

export interface DeclinedName {
  lastName: string;
  firstName: string;
  middleName: string | null;
}

// lvovich appends lowercase endings and rebuilds exceptions in title case («ПЁТР» → «Петра»), so a word
// typed in capitals is declined in lowercase and raised back.
function keepCapitals(word: string, decline: (w: string) => string): string {
  const isCapitals = word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
  return isCapitals ? decline(word.toLowerCase()).toUpperCase() : decline(word);
}

function declineLastName(lastName: string, c: GrammaticalCase, gender: Gender): string {
  if (lastName === '' || isIndeclinableSurname(lastName)) return lastName;
  return keepCapitals(lastName, (w) => inclineLastname(w, c, gender));
}

function declineFirstName(firstName: string, c: GrammaticalCase, gender: Gender): string {
  if (firstName === '') return firstName;
  return keepCapitals(firstName, (w) => fixFirstName(w, inclineFirstname(w, c, gender), c, gender));
}

function declineMiddleName(middleName: string, c: GrammaticalCase, gender: Gender): string {
  // «Гусейн оглы»: the father's name declines as a man's first name, the particle never does.
  const turkic = parseTurkicPatronymic(middleName);
  if (turkic) return declineFirstName(turkic.fatherName, c, 'male') + turkic.tail;
  return keepCapitals(middleName, (w) => inclineMiddlename(w, c, gender));
}

export function declineParts(p: PersonName, c: GrammaticalCase): DeclinedName {
  const name = normalizeName(p);
  const gender = detectGender(p);
  return {
    lastName: declineLastName(name.lastName, c, gender),
    firstName: declineFirstName(name.firstName, c, gender),
    middleName: name.middleName === null ? null : declineMiddleName(name.middleName, c, gender),
  };
}

/** «Петрова Ивана Сергеевича»: surname, first name and patronymic separated by single spaces. */
export function declineFullName(p: PersonName, c: GrammaticalCase): string {
  const { lastName, firstName, middleName } = declineParts(p, c);
  return [lastName, firstName, middleName].filter((part): part is string => !!part).join(' ');
}
