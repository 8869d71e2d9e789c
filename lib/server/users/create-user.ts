// Creates an account inside the caller's subtree, with a role the caller may assign.
import 'server-only';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { users } from '@/db/schema';
import { AppError, forbidden } from '@/lib/core/errors';
import { fullNameOf } from '@/lib/core/russian';
import { canAssign } from '@/lib/domain/permissions';
import type { createUserSchema } from '@/lib/domain/validations/user';
import { hashPassword } from '@/lib/server/auth/password';
import { requireOrgInScope } from '@/lib/server/auth/scope';
import type { OpContext } from '../context';
import { linkStaffAccounts } from './link-staff-accounts';

export type CreateUser = z.output<typeof createUserSchema>;

/** `oneTimePassword`: the password was generated for the person, who must replace it at the first sign-in. */
export async function createUser(ctx: OpContext, input: CreateUser, opts: { oneTimePassword?: boolean } = {}): Promise<{ id: string }> {
  const org = await requireOrgInScope(ctx.tx, ctx.scope, input.organizationId);
  if (!canAssign(ctx.scope, input.role)) throw forbidden();
  if (org.kind !== 'school') {
    throw new AppError('VALIDATION', 'Такие учётные записи создаются только в образовательной организации.');
  }
  const [taken] = await ctx.tx
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = lower(${input.email})`)
    .limit(1);
  if (taken) {
    const message = 'Пользователь с таким адресом электронной почты уже зарегистрирован.';
    throw new AppError('CONFLICT', message, { email: [message] });
  }
  const fullName = fullNameOf(input);
  const [created] = await ctx.tx
    .insert(users)
    .values({
      email: input.email.toLowerCase(),
      passwordHash: await hashPassword(input.password),
      role: input.role,
      organizationId: org.id,
      fullName,
      electronicHrConsent: input.electronicHrConsent,
      mustChangePassword: opts.oneTimePassword ?? false,
    })
    .returning({ id: users.id });
  if (!created) throw new Error('insert returned no row');
  await ctx.audit({
    action: 'user.create',
    entity: 'user',
    entityId: created.id,
    organizationId: org.id,
    after: { email: input.email, role: input.role, fullName, electronicHrConsent: input.electronicHrConsent },
  });
  await linkStaffAccounts(ctx, org.id);
  return created;
}
