// A staff member's age and pedagogical experience (педагогический стаж) on a date, and the
// young-specialist rule the mentee bank suggests a category from. Computed from the birth
// date and the start of pedagogical work, never typed; the full-years count is the one the
// indicators use (lib/domain/indicators/age.ts), so the bank and the district's figures never disagree about who is a young specialist.
import { fullYears, YOUNG_EXPERIENCE_LIMIT } from '@/lib/domain/indicators/age';

/** Age in full years on `today`, or null without a recorded birth date. */
export const ageOn = (birthDate: string | null, today: string): number | null => (birthDate ? Math.max(0, fullYears(birthDate, today)) : null);

/** Pedagogical experience in full years on `today`, or null when the start is unknown. */
export const experienceOn = (pedagogicalStart: string | null, today: string): number | null =>
  pedagogicalStart ? Math.max(0, fullYears(pedagogicalStart, today)) : null;

/** A young specialist (молодой специалист): less than 3 full years of pedagogical work. */
export function isYoungSpecialist(pedagogicalStart: string | null, today: string): boolean {
  const years = experienceOn(pedagogicalStart, today);
  return years !== null && years < YOUNG_EXPERIENCE_LIMIT;
}
