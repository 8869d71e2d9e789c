// What the introduction page shows: the school, its staff, and the current introduction
// order (a draft being prepared, or the issued one) with its annexes and the people on its
// acknowledgement sheet.
import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { acknowledgements, documents, people, users } from '@/db/schema';
import { requireOrgInScope, type Scope } from '@/lib/server/auth/scope';
import { currentIntroductionOf } from './prepare-introduction';

export async function loadIntroduction(db: Db, scope: Scope) {
  const org = await requireOrgInScope(db, scope, scope.orgId);
  const [staff, [order], curators] = await Promise.all([
    db
      .select()
      .from(people)
      .where(eq(people.organizationId, org.id))
      .orderBy(sql`${people.lastName} collate ru_natural`, sql`${people.firstName} collate ru_natural`),
    db
      .select()
      .from(documents)
      .where(currentIntroductionOf(org.id))
      .orderBy(desc(documents.createdAt))
      .limit(1),
    db
      .select({ personId: users.personId })
      .from(users)
      .where(and(eq(users.organizationId, org.id), eq(users.role, 'curator'), eq(users.isActive, true))),
  ]);
  const [annexes, listed] = order
    ? await Promise.all([
        db.select().from(documents).where(eq(documents.parentId, order.id)).orderBy(asc(documents.annexNo)),
        db
          .select({ personId: acknowledgements.personId })
          .from(acknowledgements)
          .where(eq(acknowledgements.documentId, order.id))
          .orderBy(asc(acknowledgements.position)),
      ])
    : [[], []];
  return {
    org,
    staff,
    order: order ?? null,
    annexes,
    acknowledgementIds: listed.map((a) => a.personId).filter((id): id is string => id !== null),
    curatorPersonId: curators.find((c) => c.personId)?.personId ?? null,
  };
}
