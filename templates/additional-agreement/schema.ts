// Data of the additional agreement to a mentor's employment contract (ст. 351.8 ТК РФ): the
// content, term and form of the mentoring work, the mentees, the size and conditions of the
// «выплата за наставничество» (a stimulating payment of the pay system, not ст. 151 «доплата»).
import { z } from 'zod';
import { docNumber, isoDate, optional, orgRequisites } from '@/templates/_parts';
import { actRef, longText, shortText } from '@/templates/_school/fields';
import { checkMentorPair, mentorPairShape } from '@/templates/_school/pairs';
import { staffMember } from '@/templates/_school/staff';

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
    /** The pay-system clause the payment rests on, worded to follow «в соответствии с»; null leaves it out. */
    payBasis: optional(longText()),
    /**
     * When the mentor is the school head, who cannot sign with herself: the founder (or the body
     * exercising its powers as employer) signs as the employer. Null: the school signs.
     */
    founder: optional(
      z.object({
        /** Its full name in the nominative: «Муниципальное казенное учреждение «Управление образования Администрации города Бийска»». */
        name: longText(),
        /** Who signs for it. */
        signer: staffMember,
        /** What the signer acts on: 'Положения об Управлении образования'. */
        authority: shortText(),
      }),
    ),
  })
  .superRefine(checkMentorPair);

export type AdditionalAgreement = z.output<typeof schema>;
