// Forms of monitoring: a campaign of the regional operator, a school's confirmation of its
// figures, and the analytical note a district or the region compiles from the indicators.
import { z } from 'zod';
import { isoDateField, optionalText, requiredText, uuid } from './fields';

export const createCampaignSchema = z
  .object({
    title: requiredText('Название', 300),
    startsOn: isoDateField('Начало'),
    deadline: isoDateField('Срок сдачи'),
  })
  .refine((c) => c.deadline >= c.startsOn, { message: 'Срок сдачи не может быть раньше начала мониторинга.', path: ['deadline'] });
export type CreateCampaignInput = z.input<typeof createCampaignSchema>;

/** `version` is the fingerprint of the figures the user saw and confirmed. */
export const submitFiguresSchema = z.object({ campaignId: uuid, version: z.string().regex(/^[0-9a-f]{64}$/, 'Обновите страницу и подтвердите показатели снова.') });
export type SubmitFiguresInput = z.input<typeof submitFiguresSchema>;

export const analyticalNoteSchema = z
  .object({
    unitId: uuid,
    referenceDate: isoDateField('Дата расчёта показателей'),
    periodFrom: isoDateField('Начало отчётного периода'),
    periodTo: isoDateField('Окончание отчётного периода'),
    territory: requiredText('Территория (в родительном падеже)', 300),
    purpose: requiredText('Цель мониторинга', 2000),
    signerPosition: requiredText('Должность подписывающего', 300),
    signerLastName: requiredText('Фамилия подписывающего', 100),
    signerFirstName: requiredText('Имя подписывающего', 100),
    signerMiddleName: optionalText('Отчество подписывающего', 100),
  })
  .refine((n) => n.periodFrom <= n.periodTo, { message: 'Окончание периода раньше его начала.', path: ['periodTo'] })
  .refine((n) => n.referenceDate >= n.periodFrom, { message: 'Дата расчёта раньше начала отчётного периода.', path: ['referenceDate'] });
export type AnalyticalNoteInput = z.input<typeof analyticalNoteSchema>;
