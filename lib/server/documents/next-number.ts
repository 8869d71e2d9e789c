// The number a document would get if issued now, for the confirmation before issuing: the
// next sequence of the year in the document's series, printed as that series prints it. Only
// a forecast — the number itself is allocated in the issuing transaction (allocate-number.ts).
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documentCounters, organizations } from '@/db/schema';
import { formatSeriesNumber, numberingYear } from '@/lib/documents/numbering';
import { templateSeries } from '@/templates/registry';
import type { Scope } from '../auth/scope';
import { SERIES_COUNTER } from './allocate-number';
import { loadDocument } from './load-document';

export async function nextNumber(db: Db, scope: Scope, documentId: string, issueDate: string): Promise<{ year: number; number: string }> {
  const doc = await loadDocument(db, scope, documentId);
  const year = numberingYear(issueDate);
  const series = templateSeries(doc.template);
  const [org] = await db
    .select({ general: organizations.orderSuffix, personnel: organizations.personnelOrderSuffix })
    .from(organizations)
    .where(eq(organizations.id, doc.organizationId));
  const [counter] = await db
    .select({ last: documentCounters[SERIES_COUNTER[series]] })
    .from(documentCounters)
    .where(and(eq(documentCounters.organizationId, doc.organizationId), eq(documentCounters.year, year)));
  return { year, number: formatSeriesNumber(series, (counter?.last ?? 0) + 1, { general: org?.general ?? '', personnel: org?.personnel ?? '' }) };
}
