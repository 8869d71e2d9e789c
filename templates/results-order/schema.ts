// Data of the order on the results of mentoring and the encouragement of the best mentors,
// which closes the mentoring year: the outcome of each pair's program and the
// encouragements (благодарность, почетная грамота, премия).
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

const encouragement = z
  .object({
    recipient: staffMember,
    kind: z.enum(['gratitude', 'certificate', 'premium'], { error: 'поощрение: gratitude, certificate или premium' }),
    /** Size of a premium as it reads after «в размере»: '5000 рублей'. */
    size: optional(shortText()),
    /** What for, as it reads after «за»: 'высокие результаты наставнической деятельности'. */
    merit: longText(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'premium' && !v.size) ctx.addIssue({ code: 'custom', path: ['size'], message: 'укажите размер премии' });
  });

export const schema = z.object({
  ...orderFields,
  regulation: actRef,
  /** As it reads after «программ наставничества педагогических работников»: 'в 2025/2026 учебном году'. */
  period: optional(shortText()),
  results: z.array(pairResult).min(1, 'добавьте итоги хотя бы одной пары').max(100, 'не больше 100 пар'),
  encouragements: z.array(encouragement).max(100, 'не больше 100 поощрений'),
  curator: optional(staffMember),
  acknowledgement: acknowledgementList,
});

export type ResultsOrder = z.output<typeof schema>;
export type Encouragement = ResultsOrder['encouragements'][number];
