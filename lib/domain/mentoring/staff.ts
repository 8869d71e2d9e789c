// Staff records as the mentoring documents name them: Ф.И.О. with the gender override, and
// the position.
import type { Gender, NameForms, PersonName } from '@/lib/core/russian';
import type { StaffMember } from '@/templates/_school/staff';

/** The columns of a staff record (db/schema/people.ts) that documents name a person by. */
export interface PersonRow {
  id: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  genderOverride: Gender | null;
  /** Hand-corrected declined forms and the Turkic patronymic choice (absent in rows selected without them). */
  nameForms?: NameForms | null;
  keepFatherName?: boolean;
  position: string;
}

export const personNameOf = (p: PersonRow): PersonName => ({
  lastName: p.lastName,
  firstName: p.firstName,
  middleName: p.middleName,
  gender: p.genderOverride,
  ...(p.nameForms ? { forms: p.nameForms } : {}),
  ...(p.keepFatherName ? { keepFatherName: true } : {}),
});

export const staffMemberOf = (p: PersonRow): StaffMember => ({ person: personNameOf(p), position: p.position });
