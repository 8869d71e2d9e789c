// Allocates the next registration number of an organization for a year and series, inside the
// issuing transaction: the counter row is updated atomically (concurrent issues queue on
// its row lock and get consecutive numbers), and a rolled-back issue rolls the counter
// back too, so numbers are never shared, skipped or reused.
import 'server-only';
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { documentCounters } from '@/db/schema';
import type { DocumentSeries } from '@/lib/documents/numbering';

/** The counter column of each series: one row per organization and year holds them all. */
export const SERIES_COUNTER = {
  general: 'last',
  personnel: 'personnelLast',
  agreement: 'agreementLast',
  notice: 'noticeLast',
} as const satisfies Record<DocumentSeries, keyof typeof documentCounters.$inferSelect>;

export async function allocateSequence(tx: Tx, organizationId: string, year: number, series: DocumentSeries = 'general'): Promise<number> {
  const key = SERIES_COUNTER[series];
  const column = documentCounters[key];
  const [row] = await tx
    .insert(documentCounters)
    .values({ organizationId, year, last: 0, [key]: 1 })
    .onConflictDoUpdate({ target: [documentCounters.organizationId, documentCounters.year], set: { [key]: sql`${column} + 1` } })
    .returning({ value: column });
  if (!row) throw new Error('counter upsert returned no row');
  return row.value;
}
