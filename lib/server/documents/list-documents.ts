// The register of an organization: its orders and other documents (annexes are listed
// under their order), with acknowledgements x of y.
import 'server-only';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { acknowledgements, documents } from '@/db/schema';
import { requireOrgInScope, type Scope } from '@/lib/server/auth/scope';

// Drizzle writes a column of the only table in the from-clause unqualified («"id"»), which
// inside a subquery binds to the subquery's own row: the outer row is named explicitly.
const outerId = sql.raw('"documents"."id"');

export async function listDocuments(db: Db, scope: Scope, organizationId: string = scope.orgId) {
  const org = await requireOrgInScope(db, scope, organizationId);
  return db
    .select({
      id: documents.id,
      template: documents.template,
      title: documents.title,
      status: documents.status,
      number: documents.number,
      issueDate: documents.issueDate,
      createdAt: documents.createdAt,
      annexes: sql<number>`(select count(*)::int from ${documents} a where a.parent_id = ${outerId})`,
      ackTotal: sql<number>`(select count(*)::int from ${acknowledgements} k where k.document_id = ${outerId})`,
      ackDone: sql<number>`(select count(*)::int from ${acknowledgements} k where k.document_id = ${outerId} and k.acknowledged_on is not null)`,
    })
    .from(documents)
    .where(and(eq(documents.organizationId, org.id), isNull(documents.parentId)))
    .orderBy(desc(documents.issueDate), desc(documents.sequence), desc(documents.createdAt));
}
