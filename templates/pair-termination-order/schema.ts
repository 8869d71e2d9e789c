// Data of the order ending a mentor pair (group) early (ст. 351.8 ТК РФ): on the mentor's
// refusal or on the employer's cancellation, each with a written notice that runs from its
// receipt; the end date is computed by the app (at least 3 working days after the receipt)
// and passed in, with the additional agreement whose work ends.
import { z } from 'zod';
import { addDays } from '@/lib/core/calendar/iso-dates';
import { docNumber, isoDate, optional } from '@/templates/_parts';
import { actRef, longText, orderFields } from '@/templates/_school/fields';
import { MAX_GROUP_SIZE } from '@/templates/_school/pairs';
import { acknowledgementList, staffMember } from '@/templates/_school/staff';

const reason = z.discriminatedUnion(
  'kind',
  [
    /** The mentor's written notice of early refusal, received by the school on `noticeDate` under `incomingNumber`. */
    z.object({ kind: z.literal('refusal'), noticeDate: isoDate, incomingNumber: optional(docNumber) }),
    /** The employer's decision; the mentor received the written notice on `noticeDate`. */
    z.object({ kind: z.literal('cancellation'), noticeDate: isoDate, grounds: longText() }),
  ],
  { error: 'основание: refusal (отказ наставника) или cancellation (отмена работодателем)' },
);

export const schema = z
  .object({
    ...orderFields,
    /** The order that assigned the pair. */
    pairOrder: actRef,
    mentor: staffMember,
    /** The additional agreement whose mentoring work ends; null where none was signed (job function). */
    agreement: optional(actRef),
    mentees: z.array(staffMember).min(1, 'укажите наставляемого').max(MAX_GROUP_SIZE, `не больше ${MAX_GROUP_SIZE} наставляемых`),
    reason,
    /** The first day without mentoring work. */
    endDate: isoDate,
    /** Whether the mentor was paid for mentoring: then the personnel order stops the payment from `endDate`. */
    paid: z.boolean({ error: 'укажите, выплачивалась ли выплата за наставничество' }),
    curator: optional(staffMember),
    acknowledgement: acknowledgementList,
  })
  .superRefine((v, ctx) => {
    // Three working days take at least three calendar days; the exact check is the app's.
    if (v.endDate < addDays(v.reason.noticeDate, 3)) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'наставничество прекращается не ранее чем через три рабочих дня после уведомления' });
    }
  });

export type PairTerminationOrder = z.output<typeof schema>;
