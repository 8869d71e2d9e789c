// A district coordinator registers a school of their municipality together with the
// head's account, in one transaction.
import 'server-only';
import type { z } from 'zod';
import { assertCan } from '@/lib/domain/permissions';
import type { createSchoolSchema } from '@/lib/domain/validations/school';
import { FEDERAL_LEGAL_BASES } from '@/templates/_school/legal-bases';
import type { OpContext } from '../context';
import { createChildOrganization } from '../organizations/create-child-organization';
import { createUser } from '../users/create-user';

export type CreateSchool = z.output<typeof createSchoolSchema>;

export async function createSchool(ctx: OpContext, input: CreateSchool, opts: { oneTimePassword?: boolean } = {}): Promise<{ id: string }> {
  assertCan(ctx.scope, 'schools.create');
  const id = await createChildOrganization(
    ctx,
    { kind: 'school', ...input, legalBases: FEDERAL_LEGAL_BASES },
    'Организация с таким кратким наименованием уже зарегистрирована.',
  );
  const { headPassword: _secret, ...recorded } = input;
  await ctx.audit({ action: 'school.create', entity: 'organization', entityId: id, organizationId: id, after: recorded });
  await createUser(ctx, {
    organizationId: id,
    role: 'school_head',
    lastName: input.headLastName,
    firstName: input.headFirstName,
    middleName: input.headMiddleName,
    email: input.headEmail,
    password: input.headPassword,
    electronicHrConsent: false,
  }, opts);
  return { id };
}
