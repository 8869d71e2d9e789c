// Starts ending an assigned pair early: on the mentor's written refusal or the employer's
// cancellation, with the notice date and an end date no earlier than three working days
// later. Prepares the draft order that amends the pair order; the pair ends when it is issued.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { documents, mentorPairs } from '@/db/schema';
import { AppError, conflict } from '@/lib/core/errors';
import { type TerminationReason, terminationOrderData, terminationProblems } from '@/lib/domain/mentoring/termination';
import type { terminationSchema } from '@/lib/domain/validations/pairs';
import { requireOrgInScope } from '@/lib/server/auth/scope';
import { pairTerminationOrder } from '@/templates/pair-termination-order';
import { todayIso } from '../clock';
import type { OpContext } from '../context';
import { createDraft } from '../documents/create-draft';
import { curatorOf, requireOrgRequisites } from '../organizations/requisites';
import { loadPair, pairPeople } from './load-pair';
import { signedAgreementOf } from './signed-agreement';

export async function startTermination(ctx: OpContext, input: z.output<typeof terminationSchema>): Promise<{ id: string }> {
  const pair = await loadPair(ctx.tx, ctx.scope, input.pairId, { forUpdate: true });
  if (pair.status !== 'active') throw conflict('Досрочно прекращается только пара, закреплённая приказом.');
  if (pair.terminationOrderId) {
    const [pending] = await ctx.tx.select({ status: documents.status }).from(documents).where(eq(documents.id, pair.terminationOrderId));
    if (pending?.status === 'draft') throw conflict('Проект приказа о досрочном прекращении этой пары уже подготовлен: он в реестре документов.');
  }
  const [order] = pair.orderId
    ? await ctx.tx.select({ id: documents.id, date: documents.issueDate, number: documents.number }).from(documents).where(eq(documents.id, pair.orderId))
    : [];
  if (!order?.date) throw conflict('Не найден изданный приказ о закреплении этой пары.');

  const problems = terminationProblems({
    noticeDate: input.noticeDate,
    endDate: input.endDate,
    today: todayIso(),
    orderIssueDate: order.date,
    pairEnd: pair.endDate,
  });
  const first = Object.values(problems)[0]?.[0];
  if (first) throw new AppError('VALIDATION', first, problems);

  const org = await requireOrgInScope(ctx.tx, ctx.scope, pair.organizationId);
  const { mentor, mentees } = await pairPeople(ctx.tx, pair);
  const agreement = pair.basis === 'job_function' ? undefined : await signedAgreementOf(ctx.tx, pair);
  const reason: TerminationReason =
    input.reason === 'refusal'
      ? { kind: 'refusal', noticeDate: input.noticeDate, incomingNumber: input.incomingNumber }
      : { kind: 'cancellation', noticeDate: input.noticeDate, grounds: input.grounds ?? '' };
  const { title, data, listed } = terminationOrderData({
    org: requireOrgRequisites(org),
    legalBases: org.legalBases,
    pairOrder: { date: order.date, number: order.number },
    agreement: agreement ?? null,
    paid: pair.basis !== 'job_function',
    mentor,
    mentees,
    reason,
    endDate: input.endDate,
    curator: await curatorOf(ctx.tx, org.id, ctx.scope),
  });
  const draft = await createDraft(ctx, {
    organizationId: org.id,
    template: pairTerminationOrder.name,
    title,
    data,
    correctsId: order.id,
    correction: 'amends',
    acknowledgements: listed.map((p) => ({ personId: p.id, lastName: p.lastName, firstName: p.firstName, middleName: p.middleName, unit: p.position })),
  });
  await ctx.tx
    .update(mentorPairs)
    .set({ terminationOrderId: draft.id, updatedAt: new Date() })
    .where(and(eq(mentorPairs.id, pair.id), eq(mentorPairs.status, 'active')));
  await ctx.audit({
    action: 'pair.termination_draft',
    entity: 'mentor_pair',
    entityId: pair.id,
    organizationId: pair.organizationId,
    after: { documentId: draft.id, reason: input.reason, noticeDate: input.noticeDate, endDate: input.endDate },
  });
  return draft;
}
