// Data of a mentor's written notice of early refusal of mentoring work (ст. 351.8 ТК РФ):
// the agreement it ends, the mentees and the last day, at least 3 working days after the
// notice (the app computes it with the working-day calendar).
import { z } from 'zod';
import { addDays } from '@/lib/core/calendar/iso-dates';
import { docNumber, isoDate, optional, orgRequisites } from '@/templates/_parts';
import { actRef, longText, shortText } from '@/templates/_school/fields';
import { MAX_GROUP_SIZE } from '@/templates/_school/pairs';
import { staffMember } from '@/templates/_school/staff';

export const schema = z
  .object({
    org: orgRequisites,
    mentor: staffMember,
    mentees: z.array(staffMember).min(1, 'укажите наставляемого').max(MAX_GROUP_SIZE, `не больше ${MAX_GROUP_SIZE} наставляемых`),
    /** The additional agreement that assigned the mentoring work. */
    agreement: actRef,
    /** From this date the mentor no longer mentors. */
    endDate: isoDate,
    reason: optional(longText()),
    /** Date of the notice; null prints a blank to fill in by hand. */
    date: optional(isoDate),
    /**
     * The school's mark of receipt — the three working days run from its date (ст. 351.8 ТК РФ);
     * null prints the blanks the person who takes the notice fills in.
     */
    receipt: optional(
      z.object({
        date: isoDate,
        incomingNumber: optional(docNumber),
        /** «заместитель директора по УВР А.С. Петрова» */
        receivedBy: optional(shortText()),
      }),
    ),
  })
  .superRefine((v, ctx) => {
    // Three working days take at least three calendar days; the exact check is the app's.
    if (v.receipt && v.date && v.receipt.date < v.date) {
      ctx.addIssue({ code: 'custom', path: ['receipt', 'date'], message: 'уведомление не может быть получено раньше, чем написано' });
    }
    const from = v.receipt?.date ?? v.date;
    if (from && v.endDate < addDays(from, 3)) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'отказ возможен не ранее чем через три рабочих дня после уведомления' });
    }
  });

export type RefusalNotice = z.output<typeof schema>;
