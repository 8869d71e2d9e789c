// Forms of the banks page: a mentee's category and deficits, a mentor's competences,
// capacity and training, removal from a bank, and the order approving the методический актив.
import { z } from 'zod';
import { MENTEE_CATEGORIES, TRAINING_STATUSES } from '@/lib/domain/mentoring/vocabulary';
import { optionalText, uuid } from './fields';
import { listText } from './person';

export { TRAINING_LABELS } from '@/lib/domain/mentoring/vocabulary';

/** Квалификационная категория as the order prints it; '' is «без категории». */
export const QUALIFICATION_CATEGORIES = ['', 'первая', 'высшая', 'педагог-методист', 'педагог-наставник'] as const;

export const menteeSchema = z.object({
  personId: uuid,
  category: z.enum(MENTEE_CATEGORIES, { error: 'Выберите категорию наставляемого.' }),
  deficits: listText('Профессиональные дефициты', 300, 30),
  requests: optionalText('Запросы', 2000).transform((s) => s ?? ''),
});
export type MenteeFormInput = z.input<typeof menteeSchema>;

export const mentorSchema = z.object({
  personId: uuid,
  competences: listText('Компетенции', 300, 30),
  capacity: z.coerce
    .number({ error: 'Укажите число наставляемых.' })
    .int('Укажите целое число.')
    .min(1, 'Наставник ведёт хотя бы одного наставляемого.')
    .max(15, 'Не больше 15 наставляемых.'),
  training: z.enum(TRAINING_STATUSES, { error: 'Выберите статус обучения.' }),
});
export type MentorFormInput = z.input<typeof mentorSchema>;

export const removeFromBankSchema = z.object({
  personId: uuid,
  bank: z.enum(['mentor', 'mentee'], { error: 'Неизвестный банк.' }),
});

export const mentorListOrderSchema = z.object({
  period: optionalText('Период', 100),
  categories: z
    .array(z.object({ personId: uuid, category: z.enum(QUALIFICATION_CATEGORIES, { error: 'Выберите категорию из списка.' }) }))
    .max(200, 'Слишком много наставников.'),
});
export type MentorListOrderFormInput = z.input<typeof mentorListOrderSchema>;
