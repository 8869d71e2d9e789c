// Staff of one organization in the caller's subtree (the caller's own by default).
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { people } from '@/db/schema';
import { requireOrgInScope, type Scope } from '@/lib/auth/scope';

export async function listPeople(db: Db | Tx, scope: Scope, organizationId: string = scope.orgId) {
  const org = await requireOrgInScope(db, scope, organizationId);
  return db
    .select()
    .from(people)
    .where(eq(people.organizationId, org.id))
    .orderBy(sql`${people.lastName} collate ru_natural`, sql`${people.firstName} collate ru_natural`);
}
