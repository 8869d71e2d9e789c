// The form a regional operator fills in to register a municipality (its education office)
// with the account of its coordinator, who gets a one-time password.
import { z } from 'zod';
import { spreadsheetFile } from '@/lib/domain/uploads';
import { email, optionalText, requiredText } from './fields';
import { organizationFields } from './new-organization';

export const createMunicipalitySchema = z.object({
  ...organizationFields,
  coordinatorLastName: requiredText('Фамилия координатора', 100),
  coordinatorFirstName: requiredText('Имя координатора', 100),
  coordinatorMiddleName: optionalText('Отчество координатора', 100),
  coordinatorEmail: email,
});
export type CreateMunicipalityInput = z.input<typeof createMunicipalitySchema>;

export const municipalityListFileSchema = z.object({
  file: spreadsheetFile(),
});
