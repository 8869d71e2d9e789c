// Loads a document by an id from a request, only inside the caller's subtree.
import 'server-only';
import { and, eq, exists, or } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { acknowledgements, type DocumentRow, documents } from '@/db/schema';
import { AppError, notFound } from '@/lib/core/errors';
import { can } from '@/lib/domain/permissions';
import { inScope, parseId, type Scope } from '@/lib/server/auth/scope';

export async function loadDocument(db: Db | Tx, scope: Scope, id: unknown, opts: { forUpdate?: boolean } = {}): Promise<DocumentRow> {
  const docId = parseId(id, 'Документ', 'masculine');
  const query = db
    .select()
    .from(documents)
    .where(and(eq(documents.id, docId), inScope(scope, documents.organizationId)))
    .limit(1);
  const [doc] = opts.forUpdate ? await query.for('update') : await query;
  if (!doc) throw notFound('Документ', 'masculine');
  return doc;
}

/**
 * For reading: a document of the caller's subtree (with the permission to view documents),
 * or one addressed to the caller — an order on whose acknowledgement sheet they are listed,
 * such as a district order sent to a school head or a pair order naming a teacher.
 */
export async function loadReadableDocument(db: Db | Tx, scope: Scope, id: unknown): Promise<DocumentRow> {
  const docId = parseId(id, 'Документ', 'masculine');
  const addressed = scope.personId
    ? or(eq(acknowledgements.userId, scope.userId), eq(acknowledgements.personId, scope.personId))
    : eq(acknowledgements.userId, scope.userId);
  const visible = can(scope, 'documents.view')
    ? or(inScope(scope, documents.organizationId), exists(db.select().from(acknowledgements).where(and(eq(acknowledgements.documentId, docId), addressed))))
    : exists(db.select().from(acknowledgements).where(and(eq(acknowledgements.documentId, docId), addressed)));
  const [doc] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.id, docId), visible))
    .limit(1);
  // A draft addressed to someone is still the keeper's business.
  if (!doc || (doc.status === 'draft' && !can(scope, 'documents.view'))) throw notFound('Документ', 'masculine');
  return doc;
}

/**
 * For changing a document (editing a draft, issuing, recording paper signatures): only its
 * own organization keeps it. A district or region sees its schools' documents but never
 * issues or edits them in their name.
 */
export async function loadOwnDocument(db: Db | Tx, scope: Scope, id: unknown, opts: { forUpdate?: boolean } = {}): Promise<DocumentRow> {
  const doc = await loadDocument(db, scope, id, opts);
  if (doc.organizationId !== scope.orgId) {
    throw new AppError('FORBIDDEN', 'Документ ведёт другая организация: изменить или издать его может только она.');
  }
  return doc;
}
