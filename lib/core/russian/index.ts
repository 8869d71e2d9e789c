// Russian-language helpers for official documents: name declension and initials, dates, plurals, quotes.

export type { Gender, GrammaticalCase, PersonName } from './types';
export { GENDERS } from './types';
export { detectGender } from './gender';
export { declineFullName, declineParts } from './decline';
export { fullNameOf, type NameParts } from './full-name';
export type { DeclinedName } from './decline';
export { initialsAfter, initialsBefore } from './initials';
export { formatDate, formatDateLong } from './dates';
export { plural } from './plural';
export { quote } from './quotes';
