// Field schemas for forms, shared by the client form (react-hook-form) and the server
// action, with Russian messages. Form values arrive as strings; empty optional fields become null.
import { z } from 'zod';
import { readDateEntry } from '@/lib/core/russian/date-entry';
import { invalidTypeMessage } from '@/lib/core/zod-messages';
import { unprintable } from '@/lib/documents/font-coverage';

// Control characters other than tab and newline never belong in a form value.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * A field's message for a missing value; a present value of the wrong type (a list where text
 * belongs) is named as such: «Поле «Должность»: ожидается текст.»
 */
export const labelled =
  (label: string, missing: string) =>
  (issue: { code?: string; input?: unknown; expected?: string }): string =>
    issue.code === 'invalid_type' && issue.input !== undefined && issue.input !== null
      ? `Поле «${label}»: ${invalidTypeMessage(issue.expected ?? '', issue.input)}.`
      : missing;

/** Every character of the value can be printed in a document: «Должность: символ «😀» нельзя напечатать в документе». */
export const printable =
  (label: string) =>
  (s: string | null | undefined, ctx: z.core.$RefinementCtx<string>): void => {
    const problem = s ? unprintable(s) : null;
    if (problem) ctx.addIssue({ code: 'custom', message: `${label}: ${problem}.`, input: s });
  };

export const requiredText = (label: string, max: number) =>
  z
    .string({ error: labelled(label, `Заполните поле «${label}».`) })
    .trim()
    .min(1, `Заполните поле «${label}».`)
    .max(max, `Поле «${label}» длиннее ${max} символов.`)
    .refine((s) => !CONTROL.test(s), `Поле «${label}» содержит недопустимые символы.`)
    .superRefine(printable(label));

export const optionalText = (label: string, max: number) =>
  z
    .string({ error: labelled(label, `Поле «${label}»: ожидается текст.`) })
    .trim()
    .max(max, `Поле «${label}» длиннее ${max} символов.`)
    .refine((s) => !CONTROL.test(s), `Поле «${label}» содержит недопустимые символы.`)
    .superRefine(printable(label))
    .optional()
    .transform((s) => (s ? s : null));

export const email = z
  .string({ error: labelled('Эл. почта', 'Введите адрес электронной почты.') })
  .trim()
  .toLowerCase()
  .min(1, 'Введите адрес электронной почты.')
  .max(254, 'Слишком длинный адрес электронной почты.')
  .pipe(z.email('Неверный адрес электронной почты.'));

export const newPassword = z
  .string({ error: labelled('Пароль', 'Введите пароль.') })
  .min(10, 'Пароль должен быть не короче 10 символов.')
  .max(200, 'Пароль длиннее 200 символов.');

export const uuid = z.uuid('Неверный идентификатор.');

/**
 * A calendar date as the date field sends it: ISO 'YYYY-MM-DD', or the text typed as
 * дд.мм.гггг when it is not a whole date yet; the output is always ISO.
 */
export const isoDateField = (label: string) =>
  z.string({ error: labelled(label, `Укажите поле «${label}».`) }).transform((s, ctx) => {
    const entry = readDateEntry(s);
    if (entry.ok) return entry.iso;
    const message =
      entry.reason === 'empty'
        ? `Укажите поле «${label}».`
        : entry.reason === 'calendar'
          ? `В поле «${label}» такой даты нет в календаре.`
          : `Поле «${label}»: введите дату как дд.мм.гггг, например 01.09.2026.`;
    ctx.addIssue({ code: 'custom', message, input: s });
    return z.NEVER;
  });
