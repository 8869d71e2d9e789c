// An upper level resets a subordinate's password: a one-time password, returned once and
// stored only as a hash, that must be replaced at the next sign-in; the subordinate's
// sessions end at once.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { oneTimePassword } from '@/lib/domain/accounts/password-policy';
import { hashPassword } from '@/lib/server/auth/password';
import { revokeUserSessions } from '@/lib/server/auth/sessions';
import type { OpContext } from '../context';
import { loadSubordinate } from './subordinate';

export async function resetPassword(ctx: OpContext, input: { userId: string }): Promise<{ email: string; password: string }> {
  const user = await loadSubordinate(ctx, input.userId, 'Свой пароль меняйте на странице «Моя учётная запись».');
  const password = oneTimePassword((n) => randomBytes(n));
  await ctx.tx.update(users).set({ passwordHash: await hashPassword(password), mustChangePassword: true }).where(eq(users.id, user.id));
  await revokeUserSessions(ctx.tx, user.id);
  await ctx.audit({ action: 'user.password.reset', entity: 'user', entityId: user.id, organizationId: user.organizationId });
  return { email: user.email, password };
}
