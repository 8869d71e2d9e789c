// Data of the additional agreement to a mentor's employment contract (ст. 351.8 ТК РФ): the
// content, term and form of the mentoring work, the mentees, the size and conditions of pay.
import { z } from 'zod';
import { docNumber, isoDate, optional, orgRequisites } from '@/templates/_parts';
import { actRef, longText, shortText } from '@/templates/_school/fields';
import { checkMentorPair, mentorPairShape } from '@/templates/_school/pairs';

export const schema = z
  .object({
    org: orgRequisites,
    number: optional(docNumber),
    date: optional(isoDate),
    /** The employment contract being amended. */
    contract: actRef,
    /** What the head acts on: 'Устава'. */
    headAuthority: shortText(),
    regulation: actRef,
    ...mentorPairShape,
    content: z.array(longText()).min(1, 'опишите содержание работы по наставничеству').max(20, 'не больше 20 пунктов'),
    /** As it reads after «в размере»: '3000 рублей в месяц'. */
    paymentSize: shortText(),
    paymentTerms: optional(longText()),
  })
  .superRefine(checkMentorPair);

export type AdditionalAgreement = z.output<typeof schema>;
