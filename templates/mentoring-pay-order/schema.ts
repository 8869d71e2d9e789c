// Data of the personnel order «О поручении работы по наставничеству и установлении выплаты за
// наставничество» (series «-лс»): per mentor, the mentoring work assigned with the mentor's
// written consent under an additional agreement (ст. 351.8 ТК РФ) and the stimulating
// «выплата за наставничество» under the school's pay system — never «доплата», which payroll
// reads as ст. 151 (combining duties).
import { z } from 'zod';
import { isoDate } from '@/templates/_parts';
import { actRef, longText, orderFields, shortText } from '@/templates/_school/fields';
import { MAX_GROUP_SIZE } from '@/templates/_school/pairs';
import { acknowledgementList, staffMember } from '@/templates/_school/staff';

const PAYMENT_MESSAGE = 'укажите размер выплаты за наставничество: приказ по личному составу без размера не исполнит бухгалтерия';

export const paidMentor = z
  .object({
    mentor: staffMember,
    mentees: z.array(staffMember).min(1, 'укажите наставляемого').max(MAX_GROUP_SIZE, `не больше ${MAX_GROUP_SIZE} наставляемых`),
    start: isoDate,
    end: isoDate,
    /** The additional agreement to the employment contract that assigned the work. */
    agreement: actRef,
    /** As it reads after «в размере»: '3000 рублей в месяц'. */
    paymentSize: z.string({ error: PAYMENT_MESSAGE }).trim().min(1, PAYMENT_MESSAGE).pipe(shortText()),
  })
  .superRefine((v, ctx) => {
    if (v.end < v.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'дата окончания раньше даты начала' });
  });

export const schema = z.object({
  ...orderFields,
  /** The organisational order «О закреплении наставнических пар (групп)» that formed the pairs. */
  pairOrder: actRef,
  /**
   * The clause of the pay system the payment rests on, worded to follow «в соответствии с»:
   * «пунктом 4.5 Положения об оплате труда работников МБОУ «СОШ № 1»» (a school setting).
   */
  payBasis: z
    .string({ error: 'укажите пункт Положения об оплате труда, на котором основана выплата' })
    .trim()
    .min(1, 'укажите пункт Положения об оплате труда, на котором основана выплата')
    .pipe(longText()),
  mentors: z.array(paidMentor, { error: 'ожидается список наставников' }).min(1, 'добавьте хотя бы одного наставника').max(500, 'не больше 500 наставников в одном приказе'),
  acknowledgement: acknowledgementList,
});

export type MentoringPayOrder = z.output<typeof schema>;
export type PaidMentor = MentoringPayOrder['mentors'][number];
