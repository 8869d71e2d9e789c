// The form a district coordinator fills in to register a school with its head's account.
import { z } from 'zod';
import { email, newPassword } from './fields';
import { organizationFields } from './new-organization';

export const createSchoolSchema = z.object({
  ...organizationFields,
  headEmail: email,
  headPassword: newPassword,
});
export type CreateSchoolInput = z.input<typeof createSchoolSchema>;
