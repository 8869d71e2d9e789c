// The form a regional operator fills in to register a municipality (its education office)
// with the account of its coordinator, who gets a one-time password.
import { z } from 'zod';
import { email, optionalText, requiredText } from './fields';

export const createMunicipalitySchema = z.object({
  fullName: requiredText('Полное наименование', 500),
  shortName: requiredText('Краткое наименование', 200),
  city: requiredText('Населённый пункт', 100),
  orderSuffix: optionalText('Суффикс номера приказа', 10),
  headPosition: requiredText('Должность руководителя', 100),
  headLastName: requiredText('Фамилия руководителя', 100),
  headFirstName: requiredText('Имя руководителя', 100),
  headMiddleName: optionalText('Отчество руководителя', 100),
  coordinatorLastName: requiredText('Фамилия координатора', 100),
  coordinatorFirstName: requiredText('Имя координатора', 100),
  coordinatorMiddleName: optionalText('Отчество координатора', 100),
  coordinatorEmail: email,
});
export type CreateMunicipalityInput = z.input<typeof createMunicipalitySchema>;
