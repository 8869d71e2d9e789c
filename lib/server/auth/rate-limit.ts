// Login rate limit: at most 10 failed attempts per account and IP within 15 minutes.
// Kept in Postgres so it holds across several app instances.
import { and, eq, gt, sql } from 'drizzle-orm';
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

export async function recordAttempt(db: Db, key: string, succeeded: boolean): Promise<void> {
  await db.insert(loginAttempts).values({ key, succeeded });
}
