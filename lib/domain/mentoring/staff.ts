// Staff records as the mentoring documents name them: Ф.И.О. with the gender override, and
// the position.
import type { Gender, PersonName } from '@/lib/core/russian';
import type { StaffMember } from '@/templates/_school/staff';

/** The columns of a staff record (db/schema/people.ts) that documents name a person by. */
export interface PersonRow {
  id: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  genderOverride: Gender | null;
  position: string;
}

export const personNameOf = (p: PersonRow): PersonName => ({
  lastName: p.lastName,
  firstName: p.firstName,
  middleName: p.middleName,
  gender: p.genderOverride,
});

export const staffMemberOf = (p: PersonRow): StaffMember => ({ person: personNameOf(p), position: p.position });
