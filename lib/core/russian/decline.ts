// Declension of a person's full name (Фамилия Имя Отчество) into the six grammatical cases, via lvovich.

import { inclineFirstname, inclineLastname, inclineMiddlename } from 'lvovich';
import { detectGender } from './gender';
import { fixFirstName, isIndeclinableSurname } from './lvovich-fixes';
import { type NormalizedName, normalizeName, normalizeWords } from './normalize';
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

function declineMiddleName(middleName: string, c: GrammaticalCase, gender: Gender, keepFatherName: boolean): string {
  // «Гусейн оглы»: the father's name declines as a man's first name (unless the person's
  // documents keep it unchanged), the particle never does.
  const turkic = parseTurkicPatronymic(middleName);
  if (turkic) return keepFatherName ? middleName : declineFirstName(turkic.fatherName, c, 'male') + turkic.tail;
  return keepCapitals(middleName, (w) => inclineMiddlename(w, c, gender));
}

const wordsOf = (s: string | null) => (s ? s.split(' ').length : 0);

/**
 * A hand-typed form split into the name's parts by their word counts («Мамедова Тимура Рашид
 * оглы» → surname, first name, two-word patronymic); null if the counts do not match.
 */
function typedParts(name: NormalizedName, typed: string): DeclinedName | null {
  const words = normalizeWords(typed).split(' ');
  const counts = [wordsOf(name.lastName), wordsOf(name.firstName), wordsOf(name.middleName)];
  if (words.length !== counts[0] + counts[1] + counts[2] || words[0] === '') return null;
  return {
    lastName: words.slice(0, counts[0]).join(' '),
    firstName: words.slice(counts[0], counts[0] + counts[1]).join(' '),
    middleName: name.middleName === null ? null : words.slice(counts[0] + counts[1]).join(' '),
  };
}

/** Whether `typed` has as many words as the name, so that it can stand for it in case `c`. */
export function fitsName(p: PersonName, typed: string): boolean {
  return typedParts(normalizeName(p), typed) !== null;
}

export function declineParts(p: PersonName, c: GrammaticalCase): DeclinedName {
  const name = normalizeName(p);
  const typed = c === 'nominative' ? null : p.forms?.[c];
  const corrected = typed ? typedParts(name, typed) : null;
  if (corrected) return corrected;
  const gender = detectGender(p);
  return {
    lastName: declineLastName(name.lastName, c, gender),
    firstName: declineFirstName(name.firstName, c, gender),
    middleName: name.middleName === null ? null : declineMiddleName(name.middleName, c, gender, p.keepFatherName === true),
  };
}

/** «Петрова Ивана Сергеевича»: surname, first name and patronymic separated by single spaces. */
export function declineFullName(p: PersonName, c: GrammaticalCase): string {
  const { lastName, firstName, middleName } = declineParts(p, c);
  return [lastName, firstName, middleName].filter((part): part is string => !!part).join(' ');
}
