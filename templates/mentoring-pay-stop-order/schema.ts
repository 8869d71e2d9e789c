// Data of the personnel order «О прекращении выплаты за наставничество» (series «-лс»): from
// which day each mentor's payment stops, the personnel order that set it, and why — the
// early end of the mentoring work (with the organisational order that ended it) or the end
// of its term.
import { z } from 'zod';
import { isoDate } from '@/templates/_parts';
import { actRef, orderFields } from '@/templates/_school/fields';
import { acknowledgementList, staffMember } from '@/templates/_school/staff';

const ground = z.discriminatedUnion(
  'kind',
  [
    /** Ended early by an order («О досрочном прекращении наставничества»). */
    z.object({ kind: z.literal('terminated'), order: actRef }),
    /** The term of the agreement ran out, or the program was completed. */
    z.object({ kind: z.literal('completed') }),
  ],
  { error: 'основание: terminated (досрочное прекращение) или completed (окончание срока)' },
);

export const stoppedPayment = z.object({
  mentor: staffMember,
  /** The additional agreement under which the work was done. */
  agreement: actRef,
  /** The personnel order that set the payment. */
  payOrder: actRef,
  /** The first day without the payment. */
  from: isoDate,
  ground,
});

export const schema = z.object({
  ...orderFields,
  payments: z.array(stoppedPayment, { error: 'ожидается список наставников' }).min(1, 'добавьте хотя бы одного наставника').max(500, 'не больше 500 наставников в одном приказе'),
  acknowledgement: acknowledgementList,
});

export type MentoringPayStopOrder = z.output<typeof schema>;
export type StoppedPayment = MentoringPayStopOrder['payments'][number];
