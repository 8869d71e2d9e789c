// Data of the order «О закреплении наставнических пар (групп) обучающихся» (Р-145, stage 5):
// the pairs and groups with their form, role variant and term. The app issues it only once
// every participant's consents are received (a pupil's through the legal representative).
import { z } from 'zod';
import { optional } from '@/templates/_parts';
import { actRef, orderFields, shortText } from '@/templates/_school/fields';
import { acknowledgementList, staffMember } from '@/templates/_school/staff';
import { studentPair } from './parts';

export const schema = z.object({
  ...orderFields,
  /** The order approving the Положение on mentoring of students, once issued; null leaves it uncited. */
  regulation: optional(actRef),
  /** As it reads after the title: 'на 2026/2027 учебный год'. */
  period: optional(shortText()),
  pairs: z.array(studentPair, { error: 'ожидается список пар' }).min(1, 'добавьте хотя бы одну пару или группу').max(500, 'не больше 500 пар в одном приказе'),
  curator: optional(staffMember),
  acknowledgement: acknowledgementList,
});

export type StudentPairOrder = z.output<typeof schema>;
