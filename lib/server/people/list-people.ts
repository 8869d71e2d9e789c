// Staff of one organization in the caller's subtree (the caller's own by default), each with
// the bank they are in (mentor, mentee or none).
import 'server-only';
import { and, eq, getTableColumns, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { consents, menteeProfiles, mentorProfiles, people } from '@/db/schema';
import { requireOrgInScope, type Scope } from '@/lib/server/auth/scope';

export async function listPeople(db: Db | Tx, scope: Scope, organizationId: string = scope.orgId) {
  const org = await requireOrgInScope(db, scope, organizationId);
  return db
    .select({
      ...getTableColumns(people),
      bank: sql<'mentor' | 'mentee' | null>`case when ${mentorProfiles.personId} is not null then 'mentor' when ${menteeProfiles.personId} is not null then 'mentee' end`,
      /** The one personal-data consent record, the same /consents marks: its withdrawal and erasure dates. */
      consentWithdrawnOn: sql<string | null>`case when ${consents.status} = 'withdrawn' then ${consents.closedOn}::text end`,
      consentErasedOn: sql<string | null>`${consents.erasedOn}::text`,
    })
    .from(people)
    .leftJoin(consents, and(eq(consents.personId, people.id), eq(consents.kind, 'personal_data'), isNull(consents.pairId)))
    .leftJoin(mentorProfiles, eq(mentorProfiles.personId, people.id))
    .leftJoin(menteeProfiles, eq(menteeProfiles.personId, people.id))
    .where(eq(people.organizationId, org.id))
    .orderBy(sql`${people.lastName} collate ru_natural`, sql`${people.firstName} collate ru_natural`);
}
