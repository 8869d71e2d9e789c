// Shared vocabulary of the Russian-language helpers: grammatical cases, gender and a person's name.

export type GrammaticalCase = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';

/** Also the values of the database enum `gender`. */
export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

export interface PersonName {
  lastName: string;
  firstName: string;
  middleName?: string | null;
  /** Explicit override for names whose gender cannot be read off the words. */
  gender?: Gender | null;
}
