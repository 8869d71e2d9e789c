// People listed once on a personnel order's acknowledgement sheet.
import type { PersonRow } from '@/lib/domain/mentoring/staff';

/** The dedup of people listed on a sheet, in order of first mention. */
export function uniquePeople(people: PersonRow[]): PersonRow[] {
  return [...new Map(people.map((p) => [p.id, p])).values()];
}
