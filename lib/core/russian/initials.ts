// Short forms of a name with initials: «Иванова М.П.» in lists, «М.П. Иванова» under a signature.
// Initials are separated from the surname by an ordinary space (renderers keep the name on one line).

import { declineParts } from './decline';
import { normalizeName } from './normalize';
import { parseTurkicPatronymic } from './patronymic';
import type { GrammaticalCase, PersonName } from './types';

// «Анна-Мария» → «А.-М.»
function initialOf(name: string): string {
  return name
    .split('-')
    .filter((part) => part !== '')
    .map((part) => part[0].toUpperCase() + '.')
    .join('-');
}

function initials(p: PersonName): string {
  const { firstName, middleName } = normalizeName(p);
  const patronymic = middleName ? (parseTurkicPatronymic(middleName)?.fatherName ?? middleName) : '';
  return initialOf(firstName) + initialOf(patronymic);
}

function join(...parts: string[]): string {
  return parts.filter((part) => part !== '').join(' ');
}

export function initialsAfter(p: PersonName, c: GrammaticalCase = 'nominative'): string {
  return join(declineParts(p, c).lastName, initials(p));
}

export function initialsBefore(p: PersonName, c: GrammaticalCase = 'nominative'): string {
  return join(initials(p), declineParts(p, c).lastName);
}
