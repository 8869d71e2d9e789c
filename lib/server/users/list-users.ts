// Accounts visible to the caller: those of their subtree, or of one organization in it.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { organizations, users } from '@/db/schema';
import { inScope, requireOrgInScope, type Scope } from '@/lib/server/auth/scope';

export async function listUsers(db: Db | Tx, scope: Scope, organizationId?: string) {
  const where = [inScope(scope, users.organizationId)];
  if (organizationId) where.push(eq(users.organizationId, (await requireOrgInScope(db, scope, organizationId)).id));
  return db
    .select({
      id: users.id,
      email: users.email,
      fullName: users.fullName,
      role: users.role,
      isActive: users.isActive,
      electronicHrConsent: users.electronicHrConsent,
      electronicHrConsentDate: users.electronicHrConsentDate,
      electronicHrConsentSource: users.electronicHrConsentSource,
      mustChangePassword: users.mustChangePassword,
      lastLoginAt: users.lastLoginAt,
      organizationId: users.organizationId,
      organizationName: organizations.shortName,
    })
    .from(users)
    .innerJoin(organizations, eq(users.organizationId, organizations.id))
    .where(and(...where))
    .orderBy(sql`${organizations.shortName} collate ru_natural`, sql`${users.fullName} collate ru_natural`);
}
