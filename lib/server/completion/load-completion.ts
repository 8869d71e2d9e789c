// The completion page: active pairs to complete, completed and terminated pairs with their
// results, and the current order on results (a draft or the latest issued one).
import 'server-only';
import { and, desc, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documents } from '@/db/schema';
import type { Scope } from '@/lib/server/auth/scope';
import { listPairs } from '../pairs/list-pairs';
import { RESULTS_TEMPLATE } from './prepare-results-order';

export async function loadCompletion(db: Db, scope: Scope) {
  const [pairs, orders] = await Promise.all([
    listPairs(db, scope, { statuses: ['active', 'completed', 'terminated'] }),
    db
      .select({ id: documents.id, status: documents.status, number: documents.number, issueDate: documents.issueDate, title: documents.title })
      .from(documents)
      .where(and(eq(documents.organizationId, scope.orgId), eq(documents.template, RESULTS_TEMPLATE), isNull(documents.parentId), ne(documents.status, 'cancelled')))
      .orderBy(desc(documents.createdAt))
      .limit(5),
  ]);
  return {
    active: pairs.filter((p) => p.pair.status === 'active'),
    finished: pairs.filter((p) => p.pair.status !== 'active'),
    draft: orders.find((o) => o.status === 'draft') ?? null,
    issued: orders.find((o) => o.status !== 'draft') ?? null,
  };
}
