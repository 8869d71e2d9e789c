// Staff records as the mentoring documents name them: Ф.И.О. with the gender override, and
// the position.
import type { Person } from '@/db/schema';
import type { PersonName } from '@/lib/russian';
import type { StaffMember } from '@/templates/_school/staff';

export type PersonRow = Pick<Person, 'id' | 'lastName' | 'firstName' | 'middleName' | 'genderOverride' | 'position'>;

export const personNameOf = (p: PersonRow): PersonName => ({ lastName: p.lastName, firstName: p.firstName, middleName: p.middleName, gender: p.genderOverride });

export const staffMemberOf = (p: PersonRow): StaffMember => ({ person: personNameOf(p), position: p.position });

/** 'Петров Иван Сергеевич' */
export const fullNameOf = (p: PersonRow): string => [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');
