// Facts about a school that its path is derived from.
import 'server-only';
import { and, count, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { people, users } from '@/db/schema';
import { requireOrgInScope, type Scope } from '@/lib/auth/scope';
import type { SchoolFacts } from '@/lib/school/path';

export async function loadSchoolFacts(db: Db, scope: Scope, schoolId: string = scope.orgId): Promise<SchoolFacts> {
  const org = await requireOrgInScope(db, scope, schoolId);
  const [[staff], [curators]] = await Promise.all([
    db.select({ n: count() }).from(people).where(eq(people.organizationId, org.id)),
    db
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.organizationId, org.id), eq(users.role, 'curator'), eq(users.isActive, true))),
  ]);
  return {
    orgComplete: Boolean(org.fullName && org.shortName && org.city && org.headPosition && org.headLastName && org.headFirstName),
    curatorAppointed: (curators?.n ?? 0) > 0,
    staffCount: staff?.n ?? 0,
    introOrderIssued: false,
  };
}
