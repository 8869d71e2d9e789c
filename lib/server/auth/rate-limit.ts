// Login rate limit: at most 10 failed attempts per account and client address within 15
// minutes. Kept in Postgres so it holds across several app instances. Keyed by both, so a
// guesser elsewhere cannot lock the owner out; the address is the real one, so rotating
// X-Forwarded-For does not yield fresh keys.
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { loginAttempts } from '@/db/schema';

export const MAX_FAILURES = 10;
export const WINDOW_MINUTES = 15;

export const attemptKey = (email: string, ip: string) => `${email.trim().toLowerCase()}|${ip}`;

/** Minutes until the key may try again, or 0 when it may try now. */
export async function lockedForMinutes(db: Db, key: string): Promise<number> {
  const since = sql`greatest(now() - make_interval(mins => ${WINDOW_MINUTES}),
    coalesce((select max(${loginAttempts.at}) from ${loginAttempts}
              where ${loginAttempts.key} = ${key} and ${loginAttempts.succeeded}), '-infinity'::timestamptz))`;
  const [row] = await db
    .select({ failures: sql<number>`count(*)::int`, oldest: sql<Date | null>`min(${loginAttempts.at})` })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.key, key), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  if (!row || row.failures < MAX_FAILURES || !row.oldest) return 0;
  const unlockAt = new Date(row.oldest).getTime() + WINDOW_MINUTES * 60_000;
  return Math.max(1, Math.ceil((unlockAt - Date.now()) / 60_000));
}

/** Attempts older than this count for nothing and are deleted. */
export const KEEP_HOURS = 24;

export async function recordAttempt(db: Db, key: string, succeeded: boolean): Promise<void> {
  await db.insert(loginAttempts).values({ key, succeeded });
  // About one attempt in fifty sweeps the table, so it stays bounded without a scheduler.
  if (Math.random() < 0.02) await pruneLoginAttempts(db);
}

export async function pruneLoginAttempts(db: Db): Promise<number> {
  const gone = await db
    .delete(loginAttempts)
    .where(lt(loginAttempts.at, sql`now() - make_interval(hours => ${KEEP_HOURS})`))
    .returning({ id: loginAttempts.id });
  return gone.length;
}
