// The school's current draft of the pair order, with what blocks its issue right now.
import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documents } from '@/db/schema';
import { inScope, type Scope } from '@/lib/server/auth/scope';
import { pairOrder } from '@/templates/pair-order';
import { pairOrderGate } from './pair-order-gate';

export async function currentPairOrderDraft(db: Db, scope: Scope) {
  const [doc] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.organizationId, scope.orgId), inScope(scope, documents.organizationId), eq(documents.template, pairOrder.name), eq(documents.status, 'draft')))
    .orderBy(desc(documents.createdAt))
    .limit(1);
  if (!doc) return null;
  const gate = await pairOrderGate(db, scope, doc);
  return { id: doc.id, title: doc.title, pairs: gate.pairs.length, problem: gate.problem };
}
