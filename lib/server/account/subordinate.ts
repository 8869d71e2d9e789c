// The account an upper level acts on: inside the caller's subtree, of a role the caller may
// assign, never the caller's own (their own goes through the account page).
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { type User, users } from '@/db/schema';
import { AppError, forbidden, notFound } from '@/lib/core/errors';
import { canAssign } from '@/lib/domain/permissions';
import { inScope, parseId } from '@/lib/server/auth/scope';
import type { OpContext } from '../context';

export async function loadSubordinate(ctx: OpContext, rawId: unknown, ownMessage: string): Promise<User> {
  const id = parseId(rawId, 'Пользователь');
  const [user] = await ctx.tx
    .select()
    .from(users)
    .where(and(eq(users.id, id), inScope(ctx.scope, users.organizationId)))
    .limit(1)
    .for('update');
  if (!user) throw notFound('Учётная запись');
  if (user.id === ctx.scope.userId) throw new AppError('VALIDATION', ownMessage);
  if (!canAssign(ctx.scope, user.role)) throw forbidden();
  return user;
}
