// Forms for managing accounts inside an organization.
import { z } from 'zod';
import { SCHOOL_ROLES } from '@/lib/domain/permissions';
import { email, newPassword, optionalText, requiredText, uuid } from './fields';

export const createUserSchema = z.object({
  organizationId: uuid,
  role: z.enum(SCHOOL_ROLES, { error: 'Выберите роль.' }),
  lastName: requiredText('Фамилия', 100),
  firstName: requiredText('Имя', 100),
  middleName: optionalText('Отчество', 100),
  email,
  password: newPassword,
  electronicHrConsent: z
    .union([z.boolean(), z.literal('on'), z.literal('')])
    .optional()
    .transform((v) => v === true || v === 'on'),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const setUserActiveSchema = z.object({
  userId: uuid,
  active: z.boolean(),
});
