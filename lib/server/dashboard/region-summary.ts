// Per district of the caller's region: schools, schools with a curator, staff (kept per
// school in school_counts). One pass over the districts' schools with index lookups per
// school, so the cost follows the size of the scope, not of the database. Returned as a query
// (awaitable) so the benchmark can print its plan.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import { organizations, schoolCounts, users } from '@/db/schema';
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
      staff: sql<number>`coalesce(sum(${schoolCounts.staff}), 0)::int`,
    })
    .from(organizations)
    .leftJoin(school, and(eq(school.parentId, organizations.id), eq(school.kind, 'school')))
    .leftJoin(schoolCounts, eq(schoolCounts.organizationId, school.id))
    .where(and(eq(organizations.kind, 'municipality'), orgsInScope(scope)))
    .groupBy(organizations.id)
    .orderBy(sql`${organizations.shortName} collate ru_natural`);
}
