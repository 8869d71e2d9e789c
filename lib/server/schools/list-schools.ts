// Schools of the caller's subtree with what a coordinator checks first: the head's
// account, the curator, the staff count.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '@/db/client';
import { organizations, people, users } from '@/db/schema';
import { orgsInScope, requireOrgInScope, type Scope } from '@/lib/server/auth/scope';

const district = alias(organizations, 'district');

/** `districtId` (from a URL) narrows the list to one municipality of the scope. */
export async function listSchools(db: Db | Tx, scope: Scope, districtId?: string) {
  const district_ = districtId ? await requireOrgInScope(db, scope, districtId) : null;
  const countUsers = (role: 'school_head' | 'curator') =>
    sql<number>`(select count(*)::int from ${users} where ${users.organizationId} = ${organizations.id}
      and ${users.role} = ${role} and ${users.isActive})`;
  return db
    .select({
      id: organizations.id,
      shortName: organizations.shortName,
      fullName: organizations.fullName,
      districtName: district.shortName,
      headPosition: organizations.headPosition,
      headLastName: organizations.headLastName,
      headFirstName: organizations.headFirstName,
      headMiddleName: organizations.headMiddleName,
      headAccounts: countUsers('school_head'),
      curatorAccounts: countUsers('curator'),
      staff: sql<number>`(select count(*)::int from ${people} where ${people.organizationId} = ${organizations.id})`,
    })
    .from(organizations)
    .innerJoin(district, eq(organizations.parentId, district.id))
    .where(and(eq(organizations.kind, 'school'), orgsInScope(scope), district_ ? eq(organizations.parentId, district_.id) : undefined))
    .orderBy(sql`${district.shortName} collate ru_natural`, sql`${organizations.shortName} collate ru_natural`);
}
