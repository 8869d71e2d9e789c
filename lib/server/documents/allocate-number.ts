// Allocates the next registration number of an organization for a year and series, inside the
// issuing transaction: the counter row is updated atomically (concurrent issues queue on
// its row lock and get consecutive numbers), and a rolled-back issue rolls the counter
// back too, so numbers are never shared, skipped or reused.
import 'server-only';
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { documentCounters } from '@/db/schema';

export async function allocateSequence(tx: Tx, organizationId: string, year: number, series: 'general' | 'personnel' = 'general'): Promise<number> {
  const personnel = series === 'personnel';
  const [row] = await tx
    .insert(documentCounters)
    .values({ organizationId, year, last: personnel ? 0 : 1, personnelLast: personnel ? 1 : 0 })
    .onConflictDoUpdate({
      target: [documentCounters.organizationId, documentCounters.year],
      set: personnel ? { personnelLast: sql`${documentCounters.personnelLast} + 1` } : { last: sql`${documentCounters.last} + 1` },
    })
    .returning({ last: documentCounters.last, personnelLast: documentCounters.personnelLast });
  if (!row) throw new Error('counter upsert returned no row');
  return personnel ? row.personnelLast : row.last;
}
