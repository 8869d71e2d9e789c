// Prepares the personnel order «О поручении работы по наставничеству и установлении выплаты
// за наставничество» (series «-лс») for the pairs of the latest issued pair order whose
// mentors work under an additional agreement and have no issued pay order yet: each with
// the agreement as recorded on the consents page, the payment size and the school's
// pay-system clause. Mentoring within the job function gets no payment and is left out.
import 'server-only';
import { and, desc, eq, inArray, isNull, notInArray, or } from 'drizzle-orm';
import { documents, mentorPairs } from '@/db/schema';
import { AppError, conflict } from '@/lib/core/errors';
import { initialsAfter } from '@/lib/core/russian';
import { staffMemberOf } from '@/lib/domain/mentoring/staff';
import { requireOrgInScope } from '@/lib/server/auth/scope';
import { mentoringPayOrder } from '@/templates/mentoring-pay-order';
import type { OpContext } from '../context';
import { validateTemplateData } from '../documents/render-frozen';
import { staffAcknowledgements, upsertDraft } from '../documents/upsert-draft';
import { requireOrgRequisites } from '../organizations/requisites';
import { listPairs, type PairView } from './list-pairs';
import { uniquePeople } from './personnel-drafts';

export const PAY_BASIS_MISSING =
  'Укажите в настройках школы (/school/settings) пункт Положения об оплате труда, на котором основана выплата за наставничество: приказ по личному составу ссылается на него.';

export async function preparePayOrder(ctx: OpContext): Promise<{ id: string; mentors: number }> {
  const org = await requireOrgInScope(ctx.tx, ctx.scope, ctx.scope.orgId);
  if (org.kind !== 'school') throw new AppError('VALIDATION', 'Приказ по личному составу готовит образовательная организация.');
  if (!org.payBasis.trim()) throw conflict(PAY_BASIS_MISSING);
  const requisites = requireOrgRequisites(org);
  // Pairs still without a pay order, or in this school's current draft of one.
  const [draft] = await ctx.tx
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.organizationId, org.id), eq(documents.template, mentoringPayOrder.name), eq(documents.status, 'draft')))
    .orderBy(desc(documents.createdAt))
    .limit(1)
    .for('update');
  const candidates = await ctx.tx
    .select({ id: mentorPairs.id, orderId: mentorPairs.orderId })
    .from(mentorPairs)
    .where(
      and(
        eq(mentorPairs.organizationId, org.id),
        eq(mentorPairs.status, 'active'),
        inArray(mentorPairs.basis, ['agreement', 'founder_agreement']),
        draft ? or(isNull(mentorPairs.payOrderId), eq(mentorPairs.payOrderId, draft.id)) : isNull(mentorPairs.payOrderId),
      ),
    )
    .for('update');
  const orderIds = [...new Set(candidates.map((c) => c.orderId).filter((id): id is string => id !== null))];
  const [pairOrder] = orderIds.length
    ? await ctx.tx
        .select({ id: documents.id, date: documents.issueDate, number: documents.number })
        .from(documents)
        .where(and(inArray(documents.id, orderIds), inArray(documents.status, ['issued', 'amended'])))
        .orderBy(desc(documents.issueDate), desc(documents.sequence))
        .limit(1)
    : [];
  if (!pairOrder) throw conflict('Нет пар, закреплённых изданным приказом, наставникам которых ещё не установлена выплата за наставничество.');
  const views = await listPairs(ctx.tx, ctx.scope, { ids: candidates.filter((c) => c.orderId === pairOrder.id).map((c) => c.id), organizationId: org.id });

  const unpaid = views.filter((v) => !v.pair.paymentSize?.trim());
  if (unpaid.length) {
    throw new AppError('VALIDATION', `Не указан размер выплаты за наставничество: ${unpaid.map((v) => initialsAfter(v.mentor)).join(', ')}. Его называет дополнительное соглашение.`);
  }
  const agreementOf = (v: PairView) => {
    const c = v.consents.find((s) => s.kind === 'additional_agreement' && s.personId === v.mentor.id)?.consent;
    return c?.status === 'received' ? { date: c.receivedOn, number: c.note } : { date: null, number: null };
  };
  const data = validateTemplateData(mentoringPayOrder, {
    org: requisites,
    date: null,
    number: null,
    legalBases: org.legalBases,
    pairOrder: { date: pairOrder.date, number: pairOrder.number },
    payBasis: org.payBasis,
    mentors: views.map((v) => ({
      mentor: staffMemberOf(v.mentor),
      mentees: v.mentees.map(staffMemberOf),
      start: v.pair.startDate,
      end: v.pair.endDate,
      agreement: agreementOf(v),
      paymentSize: v.pair.paymentSize,
    })),
    acknowledgement: uniquePeople(views.map((v) => v.mentor)).map(staffMemberOf),
  });
  const { id } = await upsertDraft(ctx, {
    organizationId: org.id,
    template: mentoringPayOrder.name,
    title: mentoringPayOrder.title,
    data,
    acknowledgements: staffAcknowledgements(uniquePeople(views.map((v) => v.mentor))),
  });
  const ids = views.map((v) => v.pair.id);
  await ctx.tx.update(mentorPairs).set({ payOrderId: id, updatedAt: new Date() }).where(inArray(mentorPairs.id, ids));
  await ctx.tx
    .update(mentorPairs)
    .set({ payOrderId: null, updatedAt: new Date() })
    .where(and(eq(mentorPairs.payOrderId, id), notInArray(mentorPairs.id, ids)));
  await ctx.audit({ action: 'pay_order.prepare', entity: 'document', entityId: id, organizationId: org.id, after: { pairs: ids } });
  return { id, mentors: views.length };
}
