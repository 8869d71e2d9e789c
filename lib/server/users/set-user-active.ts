// Disables or re-enables an account in the caller's subtree. A disabled user loses access
// at the next request, because every request re-reads the scope, and their sessions end.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { AppError, forbidden, notFound } from '@/lib/core/errors';
import { canAssign } from '@/lib/domain/permissions';
import { inScope, parseId } from '@/lib/server/auth/scope';
import { revokeUserSessions } from '@/lib/server/auth/sessions';
import type { OpContext } from '../context';

export async function setUserActive(ctx: OpContext, input: { userId: string; active: boolean }): Promise<void> {
  const id = parseId(input.userId, 'Пользователь', 'masculine');
  const [user] = await ctx.tx
    .select()
    .from(users)
    .where(and(eq(users.id, id), inScope(ctx.scope, users.organizationId)))
    .limit(1);
  if (!user) throw notFound('Учётная запись');
  if (user.id === ctx.scope.userId) throw new AppError('VALIDATION', 'Нельзя отключить собственную учётную запись.');
  if (!canAssign(ctx.scope, user.role)) throw forbidden();
  if (user.isActive === input.active) return; // a repeated click changes nothing
  await ctx.tx.update(users).set({ isActive: input.active }).where(eq(users.id, id));
  // Enabling again must not bring back a session from before the disabling.
  if (!input.active) await revokeUserSessions(ctx.tx, id);
  await ctx.audit({
    action: input.active ? 'user.enable' : 'user.disable',
    entity: 'user',
    entityId: id,
    organizationId: user.organizationId,
    before: { isActive: user.isActive },
    after: { isActive: input.active },
  });
}
