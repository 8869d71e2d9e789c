// Data of the employer's written notice of early cancellation of the mentoring work
// (ст. 351.8 ТК РФ: at least three working days): the agreement it ends, the grounds, the last
// day computed from the planned date of handing it over, and the mentor's receipt block.
import { z } from 'zod';
import { addDays } from '@/lib/core/calendar/iso-dates';
import { docNumber, isoDate, optional, orgRequisites } from '@/templates/_parts';
import { actRef, longText } from '@/templates/_school/fields';
import { MAX_GROUP_SIZE } from '@/templates/_school/pairs';
import { staffMember } from '@/templates/_school/staff';

export const schema = z
  .object({
    org: orgRequisites,
    /** Outgoing number and date of the notice; null prints blanks. */
    number: optional(docNumber),
    date: optional(isoDate),
    mentor: staffMember,
    mentees: z.array(staffMember).min(1, 'укажите наставляемого').max(MAX_GROUP_SIZE, `не больше ${MAX_GROUP_SIZE} наставляемых`),
    /** The additional agreement whose mentoring work is cancelled. */
    agreement: actRef,
    grounds: longText(),
    /** The first day without mentoring work: at least three working days after the mentor receives the notice. */
    endDate: isoDate,
    /** Whether the mentor was paid: then the notice says the payment stops too. */
    paid: z.boolean({ error: 'укажите, выплачивалась ли выплата за наставничество' }),
  })
  .superRefine((v, ctx) => {
    // Three working days take at least three calendar days; the exact check is the app's.
    if (v.date && v.endDate < addDays(v.date, 3)) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'отмена возможна не ранее чем через три рабочих дня после получения уведомления' });
    }
  });

export type CancellationNotice = z.output<typeof schema>;
