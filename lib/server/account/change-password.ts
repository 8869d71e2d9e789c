// A person changes their own password: the current one proves it is them; every other session
// of theirs ends (someone who knew the old password is signed out), this one stays.
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { users } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import { passwordProblem } from '@/lib/domain/accounts/password-policy';
import type { changePasswordSchema } from '@/lib/domain/validations/account';
import { hashPassword, verifyPassword } from '@/lib/server/auth/password';
import { revokeUserSessions } from '@/lib/server/auth/sessions';
import type { OpContext } from '../context';

export async function changePassword(ctx: OpContext, input: z.output<typeof changePasswordSchema>): Promise<void> {
  const [user] = await ctx.tx.select().from(users).where(eq(users.id, ctx.scope.userId)).limit(1).for('update');
  if (!user) throw new AppError('NOT_FOUND', 'Учётная запись не найдена.');
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    const message = 'Текущий пароль указан неверно.';
    throw new AppError('VALIDATION', message, { currentPassword: [message] });
  }
  const problem =
    passwordProblem(input.newPassword, user.email) ??
    (input.newPassword === input.currentPassword ? 'Новый пароль должен отличаться от текущего.' : null);
  if (problem) throw new AppError('VALIDATION', problem, { newPassword: [problem] });
  await ctx.tx
    .update(users)
    .set({ passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, passwordChangedAt: sql`now()` })
    .where(eq(users.id, user.id));
  await revokeUserSessions(ctx.tx, user.id, ctx.scope.sessionId);
  await ctx.audit({ action: 'user.password.change', entity: 'user', entityId: user.id, organizationId: user.organizationId });
}
