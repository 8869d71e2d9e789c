// Issues the order ending a pair early: registers it (the pair order becomes 'amended') and
// marks the pair terminated from the order's end date, in one transaction.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { mentorPairs } from '@/db/schema';
import { AppError, conflict } from '@/lib/core/errors';
import { formatDate } from '@/lib/core/russian';
import { pairTerminationOrder } from '@/templates/pair-termination-order';
import type { OpContext } from '../context';
import { type IssueResult, issueDocument } from '../documents/issue-document';
import { loadDocument } from '../documents/load-document';
import { validateTemplateData } from '../documents/render-frozen';

export async function issueTerminationOrder(ctx: OpContext, input: { documentId: string; issueDate: string }): Promise<IssueResult> {
  const doc = await loadDocument(ctx.tx, ctx.scope, input.documentId, { forUpdate: true });
  if (doc.template !== pairTerminationOrder.name) throw new AppError('VALIDATION', 'Этот документ — не приказ о досрочном прекращении наставничества.');
  if (doc.status !== 'draft') throw conflict(`Документ уже издан${doc.number ? `: № ${doc.number}` : ''}.`);
  const [pair] = await ctx.tx.select().from(mentorPairs).where(eq(mentorPairs.terminationOrderId, doc.id)).for('update');
  if (!pair || pair.status !== 'active') throw conflict('Пара, которую прекращает этот приказ, уже не действует.');
  const data = validateTemplateData(pairTerminationOrder, doc.data);
  if (input.issueDate < data.reason.noticeDate) {
    const message = `Приказ не может быть раньше уведомления (${formatDate(data.reason.noticeDate)}).`;
    throw new AppError('VALIDATION', message, { issueDate: [message] });
  }

  const result = await issueDocument(ctx, input);
  const ended = await ctx.tx
    .update(mentorPairs)
    .set({ status: 'terminated', endedOn: data.endDate, endReason: data.reason.kind, endNoticeDate: data.reason.noticeDate, updatedAt: new Date() })
    .where(and(eq(mentorPairs.id, pair.id), eq(mentorPairs.status, 'active')))
    .returning({ id: mentorPairs.id });
  if (ended.length !== 1) throw conflict('Пара уже изменена. Обновите страницу.');
  await ctx.audit({
    action: 'pair.terminate',
    entity: 'mentor_pair',
    entityId: pair.id,
    organizationId: pair.organizationId,
    after: { documentId: doc.id, number: result.number, endedOn: data.endDate, reason: data.reason.kind },
  });
  return result;
}
