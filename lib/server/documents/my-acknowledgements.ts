// Issued documents addressed to the signed-in user: rows of acknowledgement sheets that name
// their account or their staff record.
import 'server-only';
import { and, desc, eq, ne, or } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { acknowledgements, documents, organizations } from '@/db/schema';
import type { Scope } from '@/lib/server/auth/scope';

export async function listMyAcknowledgements(db: Db, scope: Scope) {
  const mine = scope.personId
    ? or(eq(acknowledgements.userId, scope.userId), eq(acknowledgements.personId, scope.personId))
    : eq(acknowledgements.userId, scope.userId);
  return db
    .select({
      id: acknowledgements.id,
      documentId: documents.id,
      title: documents.title,
      number: documents.number,
      issueDate: documents.issueDate,
      issuer: organizations.shortName,
      acknowledgedOn: acknowledgements.acknowledgedOn,
      method: acknowledgements.method,
    })
    .from(acknowledgements)
    .innerJoin(documents, eq(acknowledgements.documentId, documents.id))
    .innerJoin(organizations, eq(documents.organizationId, organizations.id))
    .where(and(mine, ne(documents.status, 'draft')))
    .orderBy(desc(documents.issueDate));
}
