// Data of the order approving the методический актив (the list of mentors) of a school
// («Приказ об утверждении методического актива»).
import { z } from 'zod';
import { optional } from '@/templates/_parts';
import { actRef, longText, orderFields, shortText } from '@/templates/_school/fields';
import { acknowledgementList, staffMember } from '@/templates/_school/staff';

const mentor = staffMember.extend({
  /** Full years of pedagogical work, computed by the app from the date it began. */
  experienceYears: z.number({ error: 'стаж — число лет' }).int('стаж — целое число лет').min(0, 'стаж не может быть отрицательным').max(70, 'стаж не больше 70 лет'),
  /** «высшая», «первая», «педагог-наставник»; null for none. */
  category: optional(shortText()),
  competences: longText(),
});

export const schema = z.object({
  ...orderFields,
  /** The order that approved the school's Положение. */
  regulation: actRef,
  /** As it reads after the title: 'на 2025/2026 учебный год'. */
  period: optional(shortText()),
  mentors: z.array(mentor, { error: 'ожидается список наставников' }).min(1, 'добавьте хотя бы одного наставника').max(100, 'не больше 100 наставников'),
  curator: optional(staffMember),
  acknowledgement: acknowledgementList,
});

export type MentorListOrder = z.output<typeof schema>;
