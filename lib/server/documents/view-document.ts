// A document's page: the document the caller may read, its annexes and its acknowledgement
// sheet as recorded so far.
import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documents } from '@/db/schema';
import type { Scope } from '@/lib/server/auth/scope';
import { acknowledgementRows } from './acknowledgement-sheet';
import { loadReadableDocument } from './load-document';

export async function viewDocument(db: Db, scope: Scope, id: unknown) {
  // Visibility is the parent's: whoever may read a document (its subtree, or an addressee
  // from elsewhere) sees its annexes, which its own organization keeps with it.
  const doc = await loadReadableDocument(db, scope, id);
  const [annexes, rows] = await Promise.all([
    db
      .select({ id: documents.id, title: documents.title, annexNo: documents.annexNo })
      .from(documents)
      .where(and(eq(documents.parentId, doc.id), eq(documents.organizationId, doc.organizationId)))
      .orderBy(asc(documents.annexNo)),
    acknowledgementRows(db, doc.id),
  ]);
  return { doc, annexes, rows };
}
