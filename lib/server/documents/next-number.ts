// The number an order would get if issued now, for the confirmation before issuing: the
// register's next sequence of the year with the organization's suffix. Only a forecast — the
// number itself is allocated in the issuing transaction (allocate-number.ts).
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documentCounters, organizations } from '@/db/schema';
import { formatNumber, numberingYear } from '@/lib/documents/numbering';
import type { Scope } from '../auth/scope';
import { loadDocument } from './load-document';

export async function nextNumber(db: Db, scope: Scope, documentId: string, issueDate: string): Promise<{ year: number; number: string }> {
  const doc = await loadDocument(db, scope, documentId);
  const year = numberingYear(issueDate);
  const [org] = await db.select({ suffix: organizations.orderSuffix }).from(organizations).where(eq(organizations.id, doc.organizationId));
  const [counter] = await db
    .select({ last: documentCounters.last })
    .from(documentCounters)
    .where(and(eq(documentCounters.organizationId, doc.organizationId), eq(documentCounters.year, year)));
  return { year, number: formatNumber((counter?.last ?? 0) + 1, org?.suffix ?? '') };
}
