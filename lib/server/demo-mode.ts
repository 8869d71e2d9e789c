// Whether the demo accounts (whose shared password the README prints) exist in this database:
// while they do, every page says so. Not tenant data: one fact about the whole installation.
import 'server-only';
import { and, eq, like } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';

/** Every demo account's email ends so (db/seed.ts); no real school uses this domain. */
export const DEMO_EMAIL_SUFFIX = '@nastavnik.demo';

const MEMO_MS = 30_000;
let memo: { at: number; value: Promise<boolean> } | null = null;

/** Remembered for 30 s per process: it is asked on every page view and changes once in a lifetime. */
export function demoAccountsExist(): Promise<boolean> {
  if (memo && Date.now() - memo.at < MEMO_MS) return memo.value;
  const value = getDb()
    .select({ id: users.id })
    .from(users)
    .where(and(like(users.email, `%${DEMO_EMAIL_SUFFIX}`), eq(users.isActive, true)))
    .limit(1)
    .then((rows) => rows.length > 0);
  memo = { at: Date.now(), value };
  value.catch(() => (memo = null));
  return value;
}
