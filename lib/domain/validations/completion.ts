// Completion (/completion): a pair's results with short feedback from the mentor and the
// mentee, and the order on the results and the encouragement of the best mentors.
import { z } from 'zod';
import { isoDateField, optionalText, printable, requiredText, uuid } from './fields';

export const completePairSchema = z.object({
  pairId: uuid,
  endedOn: isoDateField('Дата завершения'),
  results: requiredText('Результаты', 5000),
  mentorFeedback: requiredText('Отзыв наставника', 2000),
  menteeFeedback: requiredText('Отзыв наставляемого', 2000),
});
export type CompletePairInput = z.input<typeof completePairSchema>;
export type CompletePair = z.output<typeof completePairSchema>;

export const ENCOURAGEMENT_KINDS = { gratitude: 'объявить благодарность', certificate: 'наградить почетной грамотой', premium: 'выплатить премию' } as const;

const encouragementRow = z
  .object({
    mentorId: uuid,
    chosen: z.boolean(),
    kind: z.enum(['gratitude', 'certificate', 'premium'], { error: 'Выберите вид поощрения.' }),
    size: optionalText('Размер премии', 100),
    merit: z.string().trim().max(1000, 'Поле «За что» длиннее 1000 символов.').superRefine(printable('За что')),
  })
  .superRefine((row, ctx) => {
    if (!row.chosen) return;
    if (!row.merit) ctx.addIssue({ code: 'custom', path: ['merit'], message: 'Укажите, за что поощряется наставник.' });
    if (row.kind === 'premium' && !row.size) ctx.addIssue({ code: 'custom', path: ['size'], message: 'Укажите размер премии, например «5000 рублей».' });
  });

export const resultsOrderSchema = z.object({
  period: optionalText('Период', 300),
  pairs: z
    .array(z.object({ pairId: uuid, chosen: z.boolean(), outcome: z.enum(['completed', 'partial', 'terminated'], { error: 'Выберите итог.' }) }))
    .max(100, 'Не больше 100 пар.')
    .refine((rows) => rows.some((r) => r.chosen), 'Выберите хотя бы одну пару.'),
  mentors: z.array(encouragementRow).max(100, 'Не больше 100 наставников.'),
});
export type ResultsOrderInput = z.input<typeof resultsOrderSchema>;
export type ResultsOrderForm = z.output<typeof resultsOrderSchema>;
