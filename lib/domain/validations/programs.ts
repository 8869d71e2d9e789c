// The program forms (/programs): a ППН per pair (deficits, aims, plan rows; term 3–12
// months), an ИОМ card per mentee (school-year card, up to a year) and the completion mark
// of one plan row. Shared by the forms and the server actions.
import { z } from 'zod';
import { lastsMonths } from '@/lib/core/calendar/iso-dates';
import { isoDateField, optionalText, requiredText, uuid } from './fields';

/** An optional date from <input type="date">: '' (or nothing) is none. */
const optionalDate = (label: string) =>
  z
    .union([z.string(), z.null()])
    .optional()
    .transform((s) => s || null)
    .pipe(isoDateField(label).nullable());

const items = (label: string, empty: string) =>
  z
    .array(z.object({ text: requiredText(label, 5000) }))
    .min(1, empty)
    .max(30, `Не больше 30 пунктов в поле «${label}».`);

/**
 * When the program was last saved, as the form saw it ('' for a new one): a form opened
 * before a later save or mark must not silently undo it (lib/server/programs/stale-save.ts).
 */
const savedAt = z.string().max(40).optional().default('');

/** The term of a program, reported on its end date. */
function term(minMonths: number, maxMonths: number, message: string) {
  return (v: { start: string; end: string }, ctx: z.RefinementCtx) => {
    if (v.end <= v.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'Дата окончания должна быть позже даты начала.' });
    else if (!lastsMonths(v.start, v.end, minMonths, maxMonths)) ctx.addIssue({ code: 'custom', path: ['end'], message });
  };
}

export const PPN_TERM_MESSAGE = 'Срок реализации ППН — от 3 месяцев до 1 года.';
export const IOM_TERM_MESSAGE = 'Карта ИОМ составляется на срок до 1 года.';

export const ppnActivityRow = z.object({
  title: requiredText('Мероприятие', 5000),
  form: requiredText('Форма', 300),
  due: requiredText('Срок', 300),
  result: requiredText('Ожидаемый результат', 5000),
  /** The completion mark travels with its row when the plan is edited. */
  doneOn: optionalDate('Дата выполнения'),
});

export const ppnFormSchema = z
  .object({
    pairId: uuid,
    savedAt,
    start: isoDateField('Начало программы'),
    end: isoDateField('Окончание программы'),
    deficits: items('Профессиональный дефицит', 'Укажите хотя бы один профессиональный дефицит.'),
    goal: requiredText('Цель программы', 5000),
    tasks: items('Задача', 'Укажите хотя бы одну задачу.'),
    activities: z.array(ppnActivityRow).min(1, 'Добавьте хотя бы одно мероприятие.').max(100, 'Не больше 100 мероприятий.'),
  })
  .superRefine(term(3, 12, PPN_TERM_MESSAGE));
export type PpnFormInput = z.input<typeof ppnFormSchema>;
export type PpnForm = z.output<typeof ppnFormSchema>;

export const iomActivityRow = z.object({
  /** «Предметная компетентность», «Методическая компетентность» … : rows of one direction are grouped. */
  direction: requiredText('Направление', 300),
  title: requiredText('Мероприятие', 5000),
  due: requiredText('Срок', 300),
  result: requiredText('Планируемый результат', 5000),
  doneOn: optionalDate('Дата выполнения'),
});

export const iomFormSchema = z
  .object({
    personId: uuid,
    savedAt,
    start: isoDateField('Начало'),
    end: isoDateField('Окончание'),
    theme: optionalText('Тема самообразования', 5000),
    deficits: items('Профессиональный дефицит', 'Укажите хотя бы один профессиональный дефицит.'),
    goal: requiredText('Цель', 5000),
    activities: z.array(iomActivityRow).min(1, 'Добавьте хотя бы одно мероприятие.').max(100, 'Не больше 100 мероприятий.'),
  })
  .superRefine(term(1, 12, IOM_TERM_MESSAGE));
export type IomFormInput = z.input<typeof iomFormSchema>;
export type IomForm = z.output<typeof iomFormSchema>;

export const markSchema = z.object({
  programId: uuid,
  index: z.coerce.number({ error: 'Неверный номер мероприятия.' }).int().min(0).max(99),
  doneOn: optionalDate('Дата выполнения'),
});
export type Mark = z.output<typeof markSchema>;
