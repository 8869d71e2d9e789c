// Server-side session rows behind the JWT. The token alone cannot be taken back once issued,
// so it carries a session id and every request checks the row (see loadSessionScope).
import { and, eq, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { userSessions } from '@/db/schema';

type Writer = Db | Tx;

export async function createSession(db: Writer, userId: string, maxAgeSeconds: number): Promise<string> {
  const [row] = await db
    .insert(userSessions)
    .values({ userId, expiresAt: sql`now() + make_interval(secs => ${maxAgeSeconds})` })
    .returning({ id: userSessions.id });
  if (!row) throw new Error('insert returned no row');
  // Sign-ins are rare enough to carry the pruning of long-dead rows.
  await db.delete(userSessions).where(lt(userSessions.expiresAt, sql`now() - interval '1 day'`));
  return row.id;
}

export async function revokeSession(db: Writer, sessionId: string): Promise<void> {
  await db
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
}

/** Ends every session of a user, except the one the change was made from (if given). */
export async function revokeUserSessions(db: Writer, userId: string, keep?: string | null): Promise<void> {
  await db
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt), keep ? ne(userSessions.id, keep) : undefined));
}
