// Data of the order «О закреплении наставнических пар (групп)»: the pairs and groups with
// their form and term, the mentors' payment and additional agreements (ст. 351.8 ТК РФ).
// The order is issued only once every listed participant has consented;
// the app checks that before it calls this template.
import { z } from 'zod';
import { isoDate, optional } from '@/templates/_parts';
import { actRef, orderFields, shortText } from '@/templates/_school/fields';
import { checkMentorPair, mentorPairShape } from '@/templates/_school/pairs';
import { acknowledgementList, staffMember } from '@/templates/_school/staff';

const assignedPair = z
  .object({
    ...mentorPairShape,
    /** The additional agreement to the mentor's employment contract for this pair. */
    agreement: optional(actRef),
    /** The size of the payment as it reads after «в размере»: '3000 рублей в месяц'. */
    paymentSize: optional(shortText()),
  })
  .superRefine(checkMentorPair);

export const schema = z.object({
  ...orderFields,
  /** The order that approved the school's Положение о системе наставничества. */
  regulation: actRef,
  /** As it reads after the title: 'на 2025/2026 учебный год'. */
  period: optional(shortText()),
  pairs: z.array(assignedPair, { error: 'ожидается список пар' }).min(1, 'добавьте хотя бы одну пару или группу').max(500, 'не больше 500 пар в одном приказе'),
  /** Date by which the ППН are to be written; null leaves the point out. */
  programsDue: optional(isoDate),
  /** The curator charged with supporting the pairs; null leaves the point out. */
  curator: optional(staffMember),
  acknowledgement: acknowledgementList,
});

export type PairOrder = z.output<typeof schema>;
export type AssignedPair = PairOrder['pairs'][number];
