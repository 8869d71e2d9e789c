// The completion page: active pairs to complete, completed and terminated pairs with their
// results, the current order on results and the personnel order encouraging mentors (a draft
// or the latest issued one of each).
import 'server-only';
import { and, desc, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documents } from '@/db/schema';
import type { Scope } from '@/lib/server/auth/scope';
import { listPairs } from '../pairs/list-pairs';
import { RESULTS_TEMPLATE, REWARD_TEMPLATE } from './prepare-results-order';

export async function loadCompletion(db: Db, scope: Scope) {
  const [pairs, orders] = await Promise.all([
    listPairs(db, scope, { statuses: ['active', 'completed', 'terminated'] }),
    db
      .select({
        id: documents.id,
        status: documents.status,
        number: documents.number,
        issueDate: documents.issueDate,
        title: documents.title,
        template: documents.template,
      })
      .from(documents)
      .where(
        and(eq(documents.organizationId, scope.orgId), inArray(documents.template, [RESULTS_TEMPLATE, REWARD_TEMPLATE]), isNull(documents.parentId), ne(documents.status, 'cancelled')),
      )
      .orderBy(desc(documents.createdAt))
      .limit(10),
  ]);
  const results = orders.filter((o) => o.template === RESULTS_TEMPLATE);
  const rewards = orders.filter((o) => o.template === REWARD_TEMPLATE);
  return {
    active: pairs.filter((p) => p.pair.status === 'active'),
    finished: pairs.filter((p) => p.pair.status !== 'active'),
    draft: results.find((o) => o.status === 'draft') ?? null,
    issued: results.find((o) => o.status !== 'draft') ?? null,
    rewardDraft: rewards.find((o) => o.status === 'draft') ?? null,
    rewardIssued: rewards.find((o) => o.status !== 'draft') ?? null,
  };
}
