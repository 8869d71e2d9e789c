// Data of the order on the results of mentoring, which closes the mentoring year: the
// outcome of each pair's program. The encouragement of mentors (благодарность, грамота,
// премия) is a personnel order of its own (mentor-reward-order, ст. 191 ТК РФ).
import { z } from 'zod';
import { isoDate, optional } from '@/templates/_parts';
import { actRef, longText, orderFields, shortText } from '@/templates/_school/fields';
import { MAX_GROUP_SIZE } from '@/templates/_school/pairs';
import { acknowledgementList, staffMember } from '@/templates/_school/staff';

export const outcome = z.enum(['completed', 'partial', 'terminated'], {
  error: 'итог: completed (выполнена), partial (выполнена частично) или terminated (прекращена досрочно)',
});

const pairResult = z.object({
  mentor: staffMember,
  mentees: z.array(staffMember).min(1, 'укажите наставляемого').max(MAX_GROUP_SIZE, `не больше ${MAX_GROUP_SIZE} наставляемых`),
  start: isoDate,
  end: isoDate,
  outcome,
  summary: longText(),
});

export const schema = z.object({
  ...orderFields,
  regulation: actRef,
  /** As it reads after «программ наставничества педагогических работников»: 'в 2025/2026 учебном году'. */
  period: optional(shortText()),
  results: z.array(pairResult).min(1, 'добавьте итоги хотя бы одной пары').max(100, 'не больше 100 пар'),
  /** Whether mentors are put forward for encouragement, which a personnel order then grants. */
  rewardsFollow: z.boolean({ error: 'укажите, представляются ли наставники к поощрению' }).default(false),
  curator: optional(staffMember),
  acknowledgement: acknowledgementList,
});

export type ResultsOrder = z.output<typeof schema>;
