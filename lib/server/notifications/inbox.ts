// The signed-in user's inbox: their own rows only (the user id comes from the session,
// never from the request), newest first, and the unread count of the menu.
import 'server-only';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { notifications } from '@/db/schema';
import type { Scope } from '@/lib/server/auth/scope';
import { syncStateNotifications } from './sync-state';

const INBOX_LIMIT = 200;

export async function listNotifications(db: Db, scope: Scope) {
  await syncStateNotifications(db, scope);
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      link: notifications.link,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(eq(notifications.userId, scope.userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(INBOX_LIMIT);
}

/** For the menu on every page: first the state check (a no-op unless something new is due), then the count. */
export async function unreadNotificationCount(db: Db, scope: Scope): Promise<number> {
  if (scope.mustChangePassword) return 0;
  await syncStateNotifications(db, scope);
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, scope.userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}
