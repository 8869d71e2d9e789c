// A regional operator registers a municipality of their region together with its
// coordinator's account, in one transaction. The coordinator's one-time password is
// returned once (stored only as a hash) and must be changed at the first sign-in.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { users } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import { fullNameOf } from '@/lib/core/russian';
import { oneTimePassword } from '@/lib/domain/accounts/password-policy';
import { assertCan } from '@/lib/domain/permissions';
import type { createMunicipalitySchema } from '@/lib/domain/validations/municipality';
import { hashPassword } from '@/lib/server/auth/password';
import type { OpContext } from '../context';
import { createChildOrganization } from '../organizations/create-child-organization';

export type CreateMunicipality = z.output<typeof createMunicipalitySchema>;

export async function createMunicipality(ctx: OpContext, input: CreateMunicipality): Promise<{ id: string; email: string; password: string }> {
  assertCan(ctx.scope, 'districts.create');
  const id = await createChildOrganization(
    ctx,
    { kind: 'municipality', ...input },
    'Муниципалитет с таким кратким наименованием уже зарегистрирован.',
  );
  const [taken] = await ctx.tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = lower(${input.coordinatorEmail})`).limit(1);
  if (taken) {
    const message = 'Пользователь с таким адресом электронной почты уже зарегистрирован.';
    throw new AppError('CONFLICT', message, { coordinatorEmail: [message] });
  }
  await ctx.audit({ action: 'municipality.create', entity: 'organization', entityId: id, organizationId: id, after: input });
  const password = oneTimePassword((n) => randomBytes(n));
  const fullName = fullNameOf({ lastName: input.coordinatorLastName, firstName: input.coordinatorFirstName, middleName: input.coordinatorMiddleName });
  const [user] = await ctx.tx
    .insert(users)
    .values({
      email: input.coordinatorEmail.toLowerCase(),
      passwordHash: await hashPassword(password),
      role: 'district_coordinator',
      organizationId: id,
      fullName,
      mustChangePassword: true,
    })
    .returning({ id: users.id });
  await ctx.audit({ action: 'user.create', entity: 'user', entityId: user!.id, organizationId: id, after: { email: input.coordinatorEmail, role: 'district_coordinator', fullName } });
  return { id, email: input.coordinatorEmail.toLowerCase(), password };
}
