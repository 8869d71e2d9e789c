// Forms of the pairs page: forming a pair (group), adding a mentee, preparing and issuing the
// pair order, and ending a pair early. Shared by the client forms and the server actions.
import { z } from 'zod';
import { lastsMonths } from '@/lib/core/calendar/iso-dates';
import { MENTORING_BASES, MENTORING_FORMS, MENTORING_KINDS, PAIR_END_REASONS } from '@/lib/domain/mentoring/vocabulary';
import { MAX_GROUP_SIZE } from '@/templates/_school/pairs';
import { isoDateField, optionalText, requiredText, uuid } from './fields';

export const PAYMENT_MESSAGE =
  'Укажите размер выплаты за наставничество, например «3000 рублей в месяц»: его называет дополнительное соглашение (ст. 351.8 ТК РФ).';
export const NO_PAYMENT_IN_JOB_FUNCTION = 'В рамках трудовой функции выплата за наставничество не устанавливается: оставьте размер пустым.';
export const TERM_MESSAGE = 'Срок наставничества (ППН) — от 3 месяцев до 1 года.';

export const createPairSchema = z
  .object({
    mentorId: uuid,
    menteeIds: z
      .array(uuid, { error: 'Выберите наставляемого.' })
      .min(1, 'Выберите наставляемого.')
      .max(MAX_GROUP_SIZE, `В группе не больше ${MAX_GROUP_SIZE} наставляемых.`)
      .refine((ids) => new Set(ids).size === ids.length, 'Наставляемый указан дважды.'),
    form: z.enum(MENTORING_FORMS, { error: 'Выберите форму наставничества из списка.' }),
    kind: z.enum(MENTORING_KINDS, { error: 'Выберите вид наставничества из списка.' }),
    start: isoDateField('Начало'),
    end: isoDateField('Окончание'),
    /** What the mentor's work rests on: an additional agreement, the job function, or an agreement with the founder (a head). */
    basis: z.enum(MENTORING_BASES, { error: 'Выберите, на чём основана работа наставника.' }).default('agreement'),
    /** As the additional agreement states it: «3000 рублей в месяц». Work under ст. 351.8 ТК РФ is
     * paid, and the agreement names the amount; within the job function there is none. */
    paymentSize: optionalText('Выплата за наставничество', 300),
  })
  .superRefine((v, ctx) => {
    if (v.basis !== 'job_function' && !v.paymentSize) ctx.addIssue({ code: 'custom', path: ['paymentSize'], message: PAYMENT_MESSAGE });
    if (v.basis === 'job_function' && v.paymentSize) ctx.addIssue({ code: 'custom', path: ['paymentSize'], message: NO_PAYMENT_IN_JOB_FUNCTION });
    if (v.end <= v.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'Дата окончания должна быть позже даты начала.' });
    else if (!lastsMonths(v.start, v.end, 3, 12)) ctx.addIssue({ code: 'custom', path: ['end'], message: TERM_MESSAGE });
  });
export type CreatePairInput = z.input<typeof createPairSchema>;

export const addMenteeSchema = z.object({ pairId: uuid, menteeId: uuid });
export const pairKindSchema = z.object({ pairId: uuid, kind: z.enum(MENTORING_KINDS, { error: 'Выберите вид наставничества из списка.' }) });
export type PairKindInput = z.input<typeof pairKindSchema>;
export const pairIdSchema = z.object({ pairId: uuid });
export const issueOrderSchema = z.object({ documentId: uuid, issueDate: isoDateField('Дата документа') });

export const terminationSchema = z
  .object({
    pairId: uuid,
    reason: z.enum(PAIR_END_REASONS, { error: 'Выберите основание.' }),
    /** The day the notice was received: by the school (refusal) or by the mentor (cancellation). */
    noticeDate: isoDateField('Дата получения уведомления'),
    endDate: isoDateField('Дата прекращения'),
    grounds: optionalText('Причина отмены', 1000),
    /** The incoming number the school gave the mentor's notice. */
    incomingNumber: optionalText('Входящий номер', 30),
  })
  .superRefine((v, ctx) => {
    if (v.reason === 'cancellation' && !v.grounds) {
      ctx.addIssue({ code: 'custom', path: ['grounds'], message: 'Укажите, в связи с чем работодатель отменяет поручение.' });
    }
  });
export type TerminationInput = z.input<typeof terminationSchema>;

/** The query of the printed refusal notice: the dates the mentor will write in it. */
export const refusalNoticeQuery = z.object({
  noticeDate: isoDateField('Дата уведомления').optional(),
  endDate: isoDateField('Дата прекращения').optional(),
  reason: optionalText('Причина отказа', 1000),
});

/** The query of the printed cancellation notice: the day it is handed over, the end date and the grounds. */
export const cancellationNoticeQuery = z.object({
  noticeDate: isoDateField('Дата уведомления').optional(),
  endDate: isoDateField('Дата прекращения').optional(),
  grounds: requiredText('Причина отмены', 1000),
});

/**
 * The additional agreement changing a mentor's agreement (ст. 72 ТК РФ): a new end of the term,
 * a new payment, or both, from a given date. The mentees are changed by the pair's own forms
 * (each new mentee needs consents), so the form does not offer them.
 */
export const amendmentSchema = z
  .object({
    pairId: uuid,
    endDate: z
      .string()
      .optional()
      .transform((s) => s?.trim() ?? '')
      .pipe(z.union([z.literal(''), isoDateField('Новая дата окончания')]))
      .transform((s) => s || null),
    paymentSize: optionalText('Новый размер выплаты', 300),
    effectiveFrom: isoDateField('Изменения действуют с'),
    /** The employment contract the agreement belongs to, as the mentor's file has it. */
    contractDate: z
      .string()
      .optional()
      .transform((s) => s?.trim() ?? '')
      .pipe(z.union([z.literal(''), isoDateField('Дата трудового договора')]))
      .transform((s) => s || null),
    contractNumber: optionalText('Номер трудового договора', 30),
  })
  .superRefine((v, ctx) => {
    if (!v.endDate && !v.paymentSize) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Укажите, что меняется: новую дату окончания или новый размер выплаты.' });
    }
  });
export type AmendmentInput = z.input<typeof amendmentSchema>;

/** The employer's notice of cancellation, registered from the termination form. */
export const cancellationNoticeSchema = z.object({
  pairId: uuid,
  noticeDate: isoDateField('Дата уведомления'),
  endDate: isoDateField('Дата прекращения'),
  grounds: requiredText('Причина отмены', 1000),
});
export type CancellationNoticeInput = z.input<typeof cancellationNoticeSchema>;
