// Russian-language helpers for official documents: name declension and initials, dates, plurals, quotes.

export type { DeclinedCase, Gender, GrammaticalCase, NameForms, PersonName } from './types';
export { DECLINED_CASES, GENDERS } from './types';
export { parseTurkicPatronymic } from './patronymic';
export { detectGender } from './gender';
export { declineFullName, declineParts, fitsName } from './decline';
export { fullNameOf, type NameParts } from './full-name';
export type { DeclinedName } from './decline';
export { initialsAfter, initialsBefore } from './initials';
export { formatDate, formatDateLong } from './dates';
export { dateEntryText, dateEntryValue, readDateEntry } from './date-entry';
export { plural } from './plural';
export { quote } from './quotes';
export { typeset } from './typeset';
export { innProblem, ogrnProblem } from './registration-numbers';
