// Issues the pair order through the consent gate: in one transaction it locks the listed
// pairs and their consents, refuses while any consent is missing (naming whose), registers
// and freezes the order, and makes the listed pairs active under it.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { mentorPairs } from '@/db/schema';
import { AppError, conflict } from '@/lib/core/errors';
import { formatDate } from '@/lib/core/russian';
import { pairOrder } from '@/templates/pair-order';
import type { OpContext } from '../context';
import { type IssueResult, issueDocument } from '../documents/issue-document';
import { loadDocument } from '../documents/load-document';
import { pairOrderGate } from './pair-order-gate';

export async function issuePairOrder(ctx: OpContext, input: { documentId: string; issueDate: string }): Promise<IssueResult> {
  const doc = await loadDocument(ctx.tx, ctx.scope, input.documentId, { forUpdate: true });
  if (doc.template !== pairOrder.name) throw new AppError('VALIDATION', 'Этот документ — не приказ о закреплении наставнических пар.');
  if (doc.status !== 'draft') throw conflict(`Документ уже издан${doc.number ? `: № ${doc.number}` : ''}.`);
  const gate = await pairOrderGate(ctx.tx, ctx.scope, doc, { lock: true });
  if (gate.problem) throw conflict(gate.problem);
  // The order rests on the written consents, so it cannot predate them.
  const latest = gate.pairs.flatMap((p) => p.consents.map((c) => c.consent?.receivedOn ?? '')).reduce((a, b) => (a > b ? a : b), '');
  if (latest > input.issueDate) {
    const message = `Дата приказа раньше получения последнего согласия (${formatDate(latest)}).`;
    throw new AppError('VALIDATION', message, { issueDate: [message] });
  }

  const result = await issueDocument(ctx, input);
  const activated = await ctx.tx
    .update(mentorPairs)
    .set({ status: 'active', updatedAt: new Date() })
    .where(and(eq(mentorPairs.orderId, doc.id), eq(mentorPairs.status, 'forming')))
    .returning({ id: mentorPairs.id });
  if (activated.length !== gate.pairs.length) throw conflict('Состав пар изменился во время издания приказа. Повторите.');
  await ctx.audit({
    action: 'pair_order.issue',
    entity: 'document',
    entityId: doc.id,
    organizationId: doc.organizationId,
    after: { number: result.number, pairs: activated.map((p) => p.id) },
  });
  return result;
}
