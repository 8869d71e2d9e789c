// Prepares the personnel order «О прекращении выплаты за наставничество» for every pair that
// ended (early, by an issued termination order, or completed) while its mentor was paid by an
// issued pay order and whose payment no issued order has stopped yet.
import 'server-only';
import { and, desc, eq, inArray, isNotNull, isNull, notInArray, or } from 'drizzle-orm';
import { documents, mentorPairs } from '@/db/schema';
import { addDays } from '@/lib/core/calendar/iso-dates';
import { conflict } from '@/lib/core/errors';
import { staffMemberOf } from '@/lib/domain/mentoring/staff';
import { requireOrgInScope } from '@/lib/server/auth/scope';
import { mentoringPayStopOrder } from '@/templates/mentoring-pay-stop-order';
import type { OpContext } from '../context';
import { validateTemplateData } from '../documents/render-frozen';
import { staffAcknowledgements, upsertDraft } from '../documents/upsert-draft';
import { requireOrgRequisites } from '../organizations/requisites';
import { listPairs, type PairView } from './list-pairs';
import { uniquePeople } from './personnel-drafts';

const ISSUED = ['issued', 'amended'] as const;

export async function preparePayStopOrder(ctx: OpContext): Promise<{ id: string; mentors: number }> {
  const org = await requireOrgInScope(ctx.tx, ctx.scope, ctx.scope.orgId);
  const [draft] = await ctx.tx
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.organizationId, org.id), eq(documents.template, mentoringPayStopOrder.name), eq(documents.status, 'draft')))
    .orderBy(desc(documents.createdAt))
    .limit(1)
    .for('update');
  const candidates = await ctx.tx
    .select({ id: mentorPairs.id, payOrderId: mentorPairs.payOrderId })
    .from(mentorPairs)
    .where(
      and(
        eq(mentorPairs.organizationId, org.id),
        inArray(mentorPairs.status, ['terminated', 'completed']),
        isNotNull(mentorPairs.payOrderId),
        draft ? or(isNull(mentorPairs.payStopOrderId), eq(mentorPairs.payStopOrderId, draft.id)) : isNull(mentorPairs.payStopOrderId),
      ),
    )
    .for('update');
  const payOrders = candidates.length
    ? await ctx.tx
        .select({ id: documents.id, date: documents.issueDate, number: documents.number })
        .from(documents)
        .where(and(inArray(documents.id, candidates.map((c) => c.payOrderId!)), inArray(documents.status, ISSUED)))
    : [];
  const payOrderById = new Map(payOrders.map((d) => [d.id, d]));
  const views = await listPairs(ctx.tx, ctx.scope, { ids: candidates.filter((c) => payOrderById.has(c.payOrderId!)).map((c) => c.id), organizationId: org.id });
  if (views.length === 0) throw conflict('Нет завершённых или досрочно прекращённых пар, выплату наставникам которых нужно прекратить.');

  const payment = (v: PairView) => {
    const agreement = v.consents.find((s) => s.kind === 'additional_agreement' && s.personId === v.mentor.id)?.consent;
    const payOrder = payOrderById.get(v.pair.payOrderId!)!;
    const terminated = v.pair.status === 'terminated' && v.termination;
    return {
      mentor: staffMemberOf(v.mentor),
      agreement: agreement ? { date: agreement.receivedOn, number: agreement.note } : { date: null, number: null },
      payOrder: { date: payOrder.date, number: payOrder.number },
      // A terminated pair's end date is its first day without mentoring; a completed pair's is its last day of it.
      from: terminated ? v.pair.endedOn! : addDays(v.pair.endedOn ?? v.pair.endDate, 1),
      ground: terminated ? { kind: 'terminated', order: { date: v.termination!.issueDate, number: v.termination!.number } } : { kind: 'completed' },
    };
  };
  const mentors = uniquePeople(views.map((v) => v.mentor));
  const data = validateTemplateData(mentoringPayStopOrder, {
    org: requireOrgRequisites(org),
    date: null,
    number: null,
    legalBases: org.legalBases,
    payments: views.map(payment),
    acknowledgement: mentors.map(staffMemberOf),
  });
  const { id } = await upsertDraft(ctx, {
    organizationId: org.id,
    template: mentoringPayStopOrder.name,
    title: mentoringPayStopOrder.title,
    data,
    acknowledgements: staffAcknowledgements(mentors),
  });
  const ids = views.map((v) => v.pair.id);
  await ctx.tx.update(mentorPairs).set({ payStopOrderId: id, updatedAt: new Date() }).where(inArray(mentorPairs.id, ids));
  await ctx.tx
    .update(mentorPairs)
    .set({ payStopOrderId: null, updatedAt: new Date() })
    .where(and(eq(mentorPairs.payStopOrderId, id), notInArray(mentorPairs.id, ids)));
  await ctx.audit({ action: 'pay_stop_order.prepare', entity: 'document', entityId: id, organizationId: org.id, after: { pairs: ids } });
  return { id, mentors: views.length };
}
