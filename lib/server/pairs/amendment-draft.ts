// The current draft of the additional agreement changing a pair's mentoring agreement, if any.
// No column links a document to a pair: the draft carries the pair's id beside its template
// data (the template's schema drops the key on issue, so the frozen snapshot stays clean), and
// only drafts are ever looked up this way.
import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { documents } from '@/db/schema';
import { inScope, type Scope } from '@/lib/server/auth/scope';
import { agreementAmendment } from '@/templates/agreement-amendment';

export async function amendmentDraftOf(db: Db | Tx, scope: Scope, pairId: string): Promise<{ id: string; title: string } | null> {
  const [draft] = await db
    .select({ id: documents.id, title: documents.title })
    .from(documents)
    .where(
      and(
        inScope(scope, documents.organizationId),
        eq(documents.template, agreementAmendment.name),
        eq(documents.status, 'draft'),
        sql`${documents.data}->>'pairId' = ${pairId}`,
      ),
    )
    .orderBy(desc(documents.createdAt))
    .limit(1);
  return draft ?? null;
}

/** The pair a draft amendment changes, as its data names it. */
export function amendedPairId(data: unknown): string | null {
  const id = (data as { pairId?: unknown } | null)?.pairId;
  return typeof id === 'string' ? id : null;
}
