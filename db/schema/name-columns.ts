// The name columns of every person the documents name — staff and the student model's pupils,
// parents and external mentors — declined alike, so one declension path serves them all.
import { boolean, jsonb, text } from 'drizzle-orm/pg-core';
import type { NameForms } from '@/lib/core/russian/types';
import { gender } from './enums';

export const nameColumns = () => ({
  lastName: text('last_name').notNull(),
  firstName: text('first_name').notNull(),
  middleName: text('middle_name'),
  /** Set only where the declension library guesses the gender wrong. */
  genderOverride: gender('gender_override'),
  /** Declined forms of the name typed by hand where the library declines it wrongly. */
  nameForms: jsonb('name_forms').$type<NameForms>(),
  /** A Turkic patronymic keeps the father's name undeclined («Рашид оглы») in this person's documents. */
  keepFatherName: boolean('keep_father_name').notNull().default(false),
});
