// Data of the personnel order «О поощрении наставников» (ст. 191 ТК РФ, series «-лс»):
// благодарность, почетная грамота, премия — each to a person, so it belongs to the
// personnel series and not to the organisational order on the results.
import { z } from 'zod';
import { optional } from '@/templates/_parts';
import { actRef, longText, orderFields, shortText } from '@/templates/_school/fields';
import { acknowledgementList, staffMember } from '@/templates/_school/staff';

export const encouragement = z
  .object({
    recipient: staffMember,
    kind: z.enum(['gratitude', 'certificate', 'premium'], { error: 'поощрение: gratitude, certificate или premium' }),
    /** Size of a premium as it reads after «в размере»: '5000 рублей'. */
    size: optional(shortText()),
    /** What for, as it reads after «за»: 'высокие результаты наставнической деятельности'. */
    merit: longText(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'premium' && !v.size) ctx.addIssue({ code: 'custom', path: ['size'], message: 'укажите размер премии' });
  });

export const schema = z
  .object({
    ...orderFields,
    /** The organisational order on the results the encouragement follows. */
    resultsOrder: optional(actRef),
    /** The pay-system clause premiums rest on («пунктом 5.2 Положения об оплате труда …»); needed only with a premium. */
    payBasis: optional(longText()),
    encouragements: z.array(encouragement, { error: 'ожидается список поощрений' }).min(1, 'выберите хотя бы одного наставника').max(100, 'не больше 100 поощрений'),
    acknowledgement: acknowledgementList,
  })
  .superRefine((v, ctx) => {
    if (v.encouragements.some((e) => e.kind === 'premium') && !v.payBasis) {
      ctx.addIssue({ code: 'custom', path: ['payBasis'], message: 'премия выплачивается по Положению об оплате труда: укажите его пункт' });
    }
  });

export type MentorRewardOrder = z.output<typeof schema>;
export type Encouragement = MentorRewardOrder['encouragements'][number];
