// Field schemas for forms, shared by the client form (react-hook-form) and the server
// action, with Russian messages. Form values arrive as strings; empty optional fields become null.
import { z } from 'zod';

// Control characters other than tab and newline never belong in a form value.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `Заполните поле «${label}».` })
    .trim()
    .min(1, `Заполните поле «${label}».`)
    .max(max, `Поле «${label}» длиннее ${max} символов.`)
    .refine((s) => !CONTROL.test(s), `Поле «${label}» содержит недопустимые символы.`);

export const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `Поле «${label}» длиннее ${max} символов.`)
    .refine((s) => !CONTROL.test(s), `Поле «${label}» содержит недопустимые символы.`)
    .optional()
    .transform((s) => (s ? s : null));

export const email = z
  .string({ error: 'Введите email.' })
  .trim()
  .toLowerCase()
  .min(1, 'Введите email.')
  .max(254, 'Слишком длинный email.')
  .pipe(z.email('Неверный формат email.'));

export const newPassword = z
  .string({ error: 'Введите пароль.' })
  .min(10, 'Пароль должен быть не короче 10 символов.')
  .max(200, 'Пароль длиннее 200 символов.');

export const uuid = z.uuid('Неверный идентификатор.');

/** A calendar date from an <input type="date">: 'YYYY-MM-DD'. */
export const isoDateField = (label: string) =>
  z
    .string({ error: `Укажите поле «${label}».` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Укажите поле «${label}».`)
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, `В поле «${label}» такой даты нет в календаре.`);
