// Prepares the draft of the order «О закреплении наставнических пар (групп)»: every forming
// pair of the school whose consents are complete, with the Положение it cites (the latest
// issued introduction order), the additional agreements, the curator and an acknowledgement
// row for every listed person. The school keeps one such draft: preparing again refreshes it.
import 'server-only';
import { and, asc, eq, inArray, notInArray } from 'drizzle-orm';
import { mentorPairs } from '@/db/schema';
import { AppError, conflict } from '@/lib/core/errors';
import { fullNameOf, plural } from '@/lib/core/russian';
import { missingOf } from '@/lib/domain/mentoring/consents';
import { type OrderPair, pairOrderData } from '@/lib/domain/mentoring/pair-order-data';
import { requireOrgInScope } from '@/lib/server/auth/scope';
import { pairOrder } from '@/templates/pair-order';
import type { OpContext } from '../context';
import { staffAcknowledgements, upsertDraft } from '../documents/upsert-draft';
import { curatorOf, regulationRef, requireOrgRequisites } from '../organizations/requisites';
import { listPairs, type PairView } from './list-pairs';

export interface PreparedOrder {
  id: string;
  pairs: number;
  /** Forming pairs left out because their consents are not complete yet. */
  waiting: number;
}

function orderPair(view: PairView): OrderPair {
  const agreement = view.consents.find((c) => c.kind === 'additional_agreement')?.consent;
  return {
    mentor: view.mentor,
    mentees: view.mentees,
    form: view.pair.form,
    start: view.pair.startDate,
    end: view.pair.endDate,
    agreement: agreement ? { date: agreement.receivedOn, number: agreement.note } : null,
    basis: view.pair.basis,
  };
}

export async function preparePairOrder(ctx: OpContext): Promise<PreparedOrder> {
  const org = await requireOrgInScope(ctx.tx, ctx.scope, ctx.scope.orgId);
  if (org.kind !== 'school') throw new AppError('VALIDATION', 'Приказ о закреплении пар готовит образовательная организация.');
  const requisites = requireOrgRequisites(org);
  const regulation = await regulationRef(ctx.tx, org.id);
  if (!regulation) {
    throw conflict('Сначала издайте приказ о внедрении системы наставничества: приказ о закреплении пар ссылается на утверждённое им Положение.');
  }
  // Locking the forming pairs makes a second, concurrent preparation wait and then refresh this draft.
  await ctx.tx.select({ id: mentorPairs.id }).from(mentorPairs).where(and(eq(mentorPairs.organizationId, org.id), eq(mentorPairs.status, 'forming'))).orderBy(asc(mentorPairs.id)).for('update');
  const forming = await listPairs(ctx.tx, ctx.scope, { statuses: ['forming'], organizationId: org.id });
  const ready = forming.filter((p) => p.complete);
  if (ready.length === 0) {
    const waiting = forming.reduce((n, p) => n + missingOf(p.consents).length, 0);
    throw conflict(
      forming.length
        ? `Ни у одной пары нет полного комплекта согласий (не хватает ${waiting} ${plural(waiting, ['документа', 'документов', 'документов'])}). Отметьте полученные согласия на странице «Согласия».`
        : 'Нет сформированных пар: сначала сформируйте пары и группы.',
    );
  }
  const unnamed = ready.flatMap((p) => [p.mentor, ...p.mentees]).filter((p) => !p.position.trim());
  if (unnamed.length) {
    throw new AppError('VALIDATION', `Не указана должность: ${[...new Set(unnamed.map(fullNameOf))].join(', ')}. Заполните её в списке сотрудников.`);
  }

  const curator = await curatorOf(ctx.tx, org.id, ctx.scope);
  const { title, data, listed } = pairOrderData({ org: requisites, legalBases: org.legalBases, regulation, pairs: ready.map(orderPair), curator });
  const { id } = await upsertDraft(ctx, { organizationId: org.id, template: pairOrder.name, title, data, acknowledgements: staffAcknowledgements(listed) });
  const readyIds = ready.map((p) => p.pair.id);
  await ctx.tx.update(mentorPairs).set({ orderId: id, updatedAt: new Date() }).where(and(inArray(mentorPairs.id, readyIds), eq(mentorPairs.status, 'forming')));
  // Pairs that lost a consent since the last preparation leave the draft.
  await ctx.tx
    .update(mentorPairs)
    .set({ orderId: null, updatedAt: new Date() })
    .where(and(eq(mentorPairs.orderId, id), eq(mentorPairs.status, 'forming'), notInArray(mentorPairs.id, readyIds)));
  await ctx.audit({ action: 'pair_order.prepare', entity: 'document', entityId: id, organizationId: org.id, after: { pairs: readyIds } });
  return { id, pairs: ready.length, waiting: forming.length - ready.length };
}
