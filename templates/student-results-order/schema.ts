// Data of the order on the results of the mentoring of students (Р-145, stage 7): the result of
// each pair or group and the best ones, whose participants receive a thanks.
import { z } from 'zod';
import { optional } from '@/templates/_parts';
import { actRef, longText, orderFields, shortText } from '@/templates/_school/fields';
import { acknowledgementList, staffMember } from '@/templates/_school/staff';
import { studentPair } from '@/templates/student-pair-order/parts';

const pairResult = studentPair.and(z.object({ summary: longText(), best: z.boolean({ error: 'укажите, лучшая ли это пара' }).default(false) }));

export const schema = z.object({
  ...orderFields,
  regulation: optional(actRef),
  /** As it reads after «обучающихся»: 'в 2026/2027 учебном году'. */
  period: optional(shortText()),
  results: z.array(pairResult).min(1, 'добавьте итоги хотя бы одной пары').max(500, 'не больше 500 пар'),
  curator: optional(staffMember),
  acknowledgement: acknowledgementList,
});

export type StudentResultsOrder = z.output<typeof schema>;
export type StudentPairResult = StudentResultsOrder['results'][number];
