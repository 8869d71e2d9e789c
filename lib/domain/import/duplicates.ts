// When two staff records are the same person: the same Ф.И.О. (case, ё/е and spacing aside),
// unless both carry birth dates and these differ. Used by the import (within the file and
// against the school's staff) and by the manual form.
import { fullNameOf } from '@/lib/core/russian';

export interface KnownPerson {
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
}

const norm = (s: string | null) => (s ?? '').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

export const nameKey = (p: KnownPerson) => `${norm(p.lastName)}|${norm(p.firstName)}|${norm(p.middleName)}`;

export function sameStaffMember(a: KnownPerson, b: KnownPerson): boolean {
  if (nameKey(a) !== nameKey(b)) return false;
  return !(a.birthDate && b.birthDate && a.birthDate !== b.birthDate);
}

export function findDuplicate<T extends KnownPerson>(p: KnownPerson, list: readonly T[]): T | undefined {
  return list.find((other) => sameStaffMember(p, other));
}

export const duplicateMessage = (p: KnownPerson) =>
  `Такой сотрудник уже есть в списке школы: ${fullNameOf(p)}.`;
