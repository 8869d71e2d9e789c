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

// The state check reads a school's pairs and consents (10–20 ms for the demo school, the count ~2 ms)
// and its notices change by the day: on the menu of every page it runs at most
// once a minute per user and worker process. The inbox page always runs it.
const STATE_CHECK_EVERY_MS = 60_000;
const lastStateCheck = new Map<string, number>();

function stateCheckDue(userId: string, now = Date.now()): boolean {
  if (now - (lastStateCheck.get(userId) ?? 0) < STATE_CHECK_EVERY_MS) return false;
  if (lastStateCheck.size > 10_000) lastStateCheck.clear();
  lastStateCheck.set(userId, now);
  return true;
}

/** For the menu on every page: the state check when due (a no-op unless something new is due), then the count. */
export async function unreadNotificationCount(db: Db, scope: Scope): Promise<number> {
  if (scope.mustChangePassword) return 0;
  if (stateCheckDue(scope.userId)) await syncStateNotifications(db, scope);
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, scope.userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}
