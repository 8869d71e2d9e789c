// What the account page shows of the signed-in person's own account.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import type { Scope } from '@/lib/server/auth/scope';

export async function ownAccount(db: Db, scope: Scope) {
  const [row] = await db
    .select({
      email: users.email,
      electronicHrConsent: users.electronicHrConsent,
      electronicHrConsentDate: users.electronicHrConsentDate,
      electronicHrConsentSource: users.electronicHrConsentSource,
      passwordChangedAt: users.passwordChangedAt,
    })
    .from(users)
    .where(eq(users.id, scope.userId))
    .limit(1);
  if (!row) throw new Error('the scope has no user');
  return row;
}
