// Per district of the caller's region: schools, schools with a curator, staff, accounts.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { organizations, people, users } from '@/db/schema';
import { orgsInScope, type Scope } from '@/lib/auth/scope';

export async function regionSummary(db: Db, scope: Scope) {
  const schoolsOf = sql`(select s.id from ${organizations} s where s.parent_id = ${organizations.id} and s.kind = 'school')`;
  return db
    .select({
      id: organizations.id,
      shortName: organizations.shortName,
      schools: sql<number>`(select count(*)::int from ${schoolsOf} x)`,
      schoolsWithCurator: sql<number>`(select count(distinct ${users.organizationId})::int from ${users}
        where ${users.organizationId} in ${schoolsOf} and ${users.role} = 'curator' and ${users.isActive})`,
      staff: sql<number>`(select count(*)::int from ${people} where ${people.organizationId} in ${schoolsOf})`,
    })
    .from(organizations)
    .where(and(eq(organizations.kind, 'municipality'), orgsInScope(scope)))
    .orderBy(sql`${organizations.shortName} collate ru_natural`);
}
