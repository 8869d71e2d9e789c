// Data of an additional agreement that changes an earlier additional agreement on mentoring
// (ст. 72 ТК РФ: every change of the terms is agreed in writing): new mentees, a new term or
// a new payment, from a given date.
import { z } from 'zod';
import { docNumber, isoDate, optional, orgRequisites } from '@/templates/_parts';
import { actRef, longText, shortText } from '@/templates/_school/fields';
import { MAX_GROUP_SIZE } from '@/templates/_school/pairs';
import { staffMember } from '@/templates/_school/staff';
import { programTermCheck } from '@/templates/_school/term';

const term = z.object({ start: isoDate, end: isoDate }).superRefine(programTermCheck());

export const schema = z
  .object({
    org: orgRequisites,
    number: optional(docNumber),
    date: optional(isoDate),
    /** The employment contract. */
    contract: actRef,
    /** The additional agreement on mentoring being changed. */
    agreement: actRef,
    /** What the head acts on: 'Устава'. */
    headAuthority: shortText(),
    mentor: staffMember,
    /** The mentees from now on; null keeps them. */
    mentees: optional(z.array(staffMember).min(1, 'укажите наставляемого').max(MAX_GROUP_SIZE, `не больше ${MAX_GROUP_SIZE} наставляемых`)),
    /** The new term; null keeps it. */
    term: optional(term),
    /** The new size of the payment as it reads after «в размере»; null keeps it. */
    paymentSize: optional(shortText()),
    /** The pay-system clause, cited with a new payment. */
    payBasis: optional(longText()),
    /** From when the changes apply. */
    effectiveFrom: isoDate,
  })
  .superRefine((v, ctx) => {
    if (!v.mentees && !v.term && !v.paymentSize) {
      ctx.addIssue({ code: 'custom', path: ['mentees'], message: 'укажите, что меняется: наставляемые, срок или размер выплаты' });
    }
  });

export type AgreementAmendment = z.output<typeof schema>;
