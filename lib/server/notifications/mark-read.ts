// Marking read: only the caller's own rows. A forged id of someone else's notification
// matches no row of theirs and changes nothing.
import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { notifications } from '@/db/schema';
import type { OpContext } from '../context';

export async function markNotificationRead(ctx: OpContext, input: { id: string }): Promise<{ updated: number }> {
  const rows = await ctx.tx
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.id, input.id), eq(notifications.userId, ctx.scope.userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { updated: rows.length };
}

export async function markAllNotificationsRead(ctx: OpContext): Promise<{ updated: number }> {
  const rows = await ctx.tx
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, ctx.scope.userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { updated: rows.length };
}
