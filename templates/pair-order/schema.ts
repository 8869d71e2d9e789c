// Data of the order «О закреплении наставнических пар (групп)»: the pairs and groups with
// their form and term and what each mentor's work rests on (an additional agreement under
// ст. 351.8 ТК РФ, or the job function). The payment is set by a personnel order, not here.
// The order is issued only once every listed participant has consented;
// the app checks that before it calls this template.
import { z } from 'zod';
import { isoDate, optional } from '@/templates/_parts';
import { actRef, orderFields, shortText } from '@/templates/_school/fields';
import { checkMentorPair, mentorPairShape, mentoringBasis } from '@/templates/_school/pairs';
import { acknowledgementList, staffMember } from '@/templates/_school/staff';

const assignedPair = z
  .object({
    ...mentorPairShape,
    /** The additional agreement to the mentor's employment contract for this pair. */
    agreement: optional(actRef),
    /** Orders drafted before the field existed rested on agreements. */
    basis: mentoringBasis.default('agreement'),
  })
  .superRefine((pair, ctx) => {
    checkMentorPair(pair, ctx);
    // An agreement is never cited where none was signed, and never left out where one was.
    if (pair.basis === 'job_function' && pair.agreement) {
      ctx.addIssue({ code: 'custom', path: ['agreement'], message: 'в рамках трудовой функции дополнительное соглашение не заключается' });
    }
  });

export const schema = z.object({
  ...orderFields,
  /** The order that approved the school's Положение о системе наставничества. */
  regulation: actRef,
  /** As it reads after the title: 'на 2025/2026 учебный год'. */
  period: optional(shortText()),
  pairs: z.array(assignedPair, { error: 'ожидается список пар' }).min(1, 'добавьте хотя бы одну пару или группу').max(500, 'не больше 500 пар в одном приказе'),
  /** Date by which the ППН are to be written; null leaves the point out. */
  programsDue: optional(isoDate),
  /**
   * The personnel order (series «-лс») assigning the work and setting the payment, once issued;
   * null words the point as one still to be issued.
   */
  personnelOrder: optional(actRef),
  /** The curator charged with supporting the pairs; null leaves the point out. */
  curator: optional(staffMember),
  acknowledgement: acknowledgementList,
});

export type PairOrder = z.output<typeof schema>;
export type AssignedPair = PairOrder['pairs'][number];
