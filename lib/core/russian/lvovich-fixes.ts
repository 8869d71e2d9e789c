// Corrections to lvovich (name declension and gender detection): each entry is a case lvovich was checked
// to get wrong, kept here as a short list rather than a second declension engine.

import type { Gender, GrammaticalCase } from './types';

// lvovich reads Нино, Шахло and Рахиль as male and cannot tell the others.
const FIRST_NAME_GENDER: Record<string, Gender> = {
  любовь: 'female',
  нино: 'female',
  шахло: 'female',
  рахиль: 'female',
  руфь: 'female',
  гузель: 'female',
  асель: 'female',
};

export function knownFirstNameGender(firstName: string): Gender | null {
  return FIRST_NAME_GENDER[firstName.toLowerCase()] ?? null;
}

/**
 * Georgian (Mingrelian) surnames in -ия (Берия, Данелия, Шенгелия) are left undeclined, as Rosenthal's
 * reference books recommend for official texts; lvovich declines them like common nouns («Данелией»).
 * -иа/-уа, -швили, -дзе, -ели already stay unchanged in lvovich.
 */
export function isIndeclinableSurname(lastName: string): boolean {
  return /ия$/i.test(lastName);
}

// Stressed endings lvovich writes unstressed: «Ильей» instead of «Ильёй».
const FIRST_NAME_FORMS: Record<string, Partial<Record<GrammaticalCase, string>>> = {
  илья: { instrumental: 'ильёй' },
};

/** Corrects lvovich's form of a first name; `declined` is lvovich's output for `typed`. */
export function fixFirstName(typed: string, declined: string, grammaticalCase: GrammaticalCase, gender: Gender): string {
  const form = FIRST_NAME_FORMS[typed.toLowerCase()]?.[grammaticalCase];
  if (form) return typed[0] + form.slice(1);
  if (gender === 'female' && declined === typed && /ь$/i.test(typed)) return softSignFeminine(typed, grammaticalCase);
  return declined;
}

// lvovich knows only a few female names in -ь (Любовь, Нинель, Рахиль…) and leaves Айгуль, Гузель, Асель
// unchanged; they decline like «тетрадь»: Айгули, Айгулью.
function softSignFeminine(name: string, grammaticalCase: GrammaticalCase): string {
  switch (grammaticalCase) {
    case 'genitive':
    case 'dative':
    case 'prepositional':
      return name.slice(0, -1) + 'и';
    case 'instrumental':
      return name + 'ю';
    default:
      return name;
  }
}
