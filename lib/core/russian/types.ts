// Shared vocabulary of the Russian-language helpers: grammatical cases, gender and a person's name.

export type GrammaticalCase = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';

/** Also the values of the database enum `gender`. */
export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

/** The cases a document declines a name into (the nominative is the name as typed). */
export const DECLINED_CASES = ['genitive', 'dative', 'accusative', 'instrumental', 'prepositional'] as const;
export type DeclinedCase = (typeof DECLINED_CASES)[number];

/** Full names typed by hand where the library declines a name wrongly: «Мамедова Тимура Рашид оглы». */
export type NameForms = Partial<Record<DeclinedCase, string | null>>;

export interface PersonName {
  lastName: string;
  firstName: string;
  middleName?: string | null;
  /** Explicit override for names whose gender cannot be read off the words. */
  gender?: Gender | null;
  /** Declined forms corrected by hand; each has as many words as the name. */
  forms?: NameForms | null;
  /**
   * A Turkic patronymic («Рашид оглы») keeps the father's name in every case instead of
   * declining it («Рашида оглы»): both usages are found in personnel documents.
   */
  keepFatherName?: boolean | null;
}
