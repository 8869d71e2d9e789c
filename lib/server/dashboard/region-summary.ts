// Per district of the caller's region: schools, schools with a curator, staff. One pass
// over the districts' schools with index lookups per school, so the cost follows the size
// of the scope, not of the database. Returned as a query (awaitable) so the benchmark can
// print its plan.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import { organizations, people, users } from '@/db/schema';
import { orgsInScope, type Scope } from '@/lib/server/auth/scope';

export function regionSummary(db: Db, scope: Scope) {
  const school = alias(organizations, 'school');
  return db
    .select({
      id: organizations.id,
      shortName: organizations.shortName,
      schools: sql<number>`count(${school.id})::int`,
      schoolsWithCurator: sql<number>`(count(${school.id}) filter (where exists (select 1 from ${users} u
        where u.organization_id = ${school.id} and u.role = 'curator' and u.is_active)))::int`,
      staff: sql<number>`coalesce(sum((select count(*) from ${people} p where p.organization_id = ${school.id})), 0)::int`,
    })
    .from(organizations)
    .leftJoin(school, and(eq(school.parentId, organizations.id), eq(school.kind, 'school')))
    .where(and(eq(organizations.kind, 'municipality'), orgsInScope(scope)))
    .groupBy(organizations.id)
    .orderBy(sql`${organizations.shortName} collate ru_natural`);
}
