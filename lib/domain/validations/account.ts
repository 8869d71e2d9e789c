// Forms of a person's own account and of an upper level acting on a subordinate's.
import { z } from 'zod';
import { isoDateField, uuid } from './fields';

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Введите текущий пароль.').max(200, 'Слишком длинный пароль.'),
    newPassword: z.string().min(1, 'Введите новый пароль.').max(200, 'Пароль длиннее 200 символов.'),
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'Пароли не совпадают.' });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const resetPasswordSchema = z.object({ userId: uuid });

/** Given with the day it was given, or withdrawn. */
export const ownConsentSchema = z.discriminatedUnion('given', [
  z.object({ given: z.literal(true), date: isoDateField('Дата согласия') }),
  z.object({ given: z.literal(false) }),
]);

export const paperConsentSchema = z.object({ userId: uuid, date: isoDateField('Дата согласия') });
