// The login form, checked in the browser and again by the server.
import { z } from 'zod';

export const loginSchema = z.object({
  email: z.string().trim().min(1, 'Введите адрес электронной почты.').max(254, 'Слишком длинный адрес электронной почты.').pipe(z.email('Неверный адрес электронной почты.')),
  password: z.string().min(1, 'Введите пароль.').max(200, 'Слишком длинный пароль.'),
});
export type LoginInput = z.infer<typeof loginSchema>;
