// The form a district coordinator fills in to register a school with its head's account.
import { z } from 'zod';
import { email, newPassword, optionalText, requiredText } from './fields';

export const createSchoolSchema = z.object({
  fullName: requiredText('Полное наименование', 500),
  shortName: requiredText('Краткое наименование', 200),
  city: requiredText('Населённый пункт', 100),
  orderSuffix: optionalText('Суффикс номера приказа', 10),
  headPosition: requiredText('Должность руководителя', 100),
  headLastName: requiredText('Фамилия руководителя', 100),
  headFirstName: requiredText('Имя руководителя', 100),
  headMiddleName: optionalText('Отчество руководителя', 100),
  headEmail: email,
  headPassword: newPassword,
});
export type CreateSchoolInput = z.input<typeof createSchoolSchema>;
