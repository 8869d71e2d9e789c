// Drafts the additional agreement that changes a mentor's agreement on mentoring (ст. 72 ТК РФ:
// the parties agree every change of the terms in writing): a new end of the term and/or a new
// payment. Only work under an additional agreement (ст. 351.8) has such an agreement to change;
// within the job function or under the founder's agreement the school has none to amend.
import 'server-only';
import type { z } from 'zod';
import { lastsMonths } from '@/lib/core/calendar/iso-dates';
import { AppError, conflict } from '@/lib/core/errors';
import { formatDate } from '@/lib/core/russian';
import { staffMemberOf } from '@/lib/domain/mentoring/staff';
import { type amendmentSchema, TERM_MESSAGE } from '@/lib/domain/validations/pairs';
import { requireOrgInScope } from '@/lib/server/auth/scope';
import { agreementAmendment } from '@/templates/agreement-amendment';
import type { OpContext } from '../context';
import { createDraft } from '../documents/create-draft';
import { validateTemplateData } from '../documents/render-frozen';
import { updateDraft } from '../documents/update-draft';
import { requireOrgRequisites } from '../organizations/requisites';
import { amendmentDraftOf } from './amendment-draft';
import { loadPair, pairPeople } from './load-pair';
import { PAY_BASIS_MISSING } from './prepare-pay-order';
import { signedAgreementOf } from './signed-agreement';

export const NO_AGREEMENT_TO_AMEND =
  'Изменить соглашение можно только для наставника, работающего по дополнительному соглашению к трудовому договору (ст. 351.8 ТК РФ). У этой пары его нет: наставничество в рамках трудовой функции или по соглашению с учредителем меняют приказом.';

export async function prepareAmendment(ctx: OpContext, input: z.output<typeof amendmentSchema>): Promise<{ id: string }> {
  const pair = await loadPair(ctx.tx, ctx.scope, input.pairId, { forUpdate: true });
  if (pair.basis !== 'agreement') throw conflict(NO_AGREEMENT_TO_AMEND);
  if (pair.status !== 'active') throw conflict('Соглашение изменяют по паре, закреплённой приказом и ещё действующей.');
  const agreement = await signedAgreementOf(ctx.tx, pair);
  if (!agreement?.date) throw conflict('Дополнительное соглашение наставника не отмечено подписанным (страница «Согласия»): изменить можно только подписанное соглашение.');

  const problems: Record<string, string[]> = {};
  if (input.endDate) {
    if (input.endDate === pair.endDate) problems.endDate = ['Новая дата окончания совпадает с действующей.'];
    else if (input.endDate <= pair.startDate || !lastsMonths(pair.startDate, input.endDate, 3, 12)) problems.endDate = [TERM_MESSAGE];
    else if (input.endDate < input.effectiveFrom) problems.endDate = [`Новая дата окончания раньше даты, с которой действуют изменения (${formatDate(input.effectiveFrom)}).`];
  }
  if (input.paymentSize && input.paymentSize === pair.paymentSize?.trim()) problems.paymentSize = ['Новый размер выплаты совпадает с действующим.'];
  if (input.effectiveFrom < agreement.date) problems.effectiveFrom = [`Изменения не могут действовать раньше самого соглашения (${formatDate(agreement.date)}).`];
  const first = Object.values(problems)[0]?.[0];
  if (first) throw new AppError('VALIDATION', first, problems);

  const org = await requireOrgInScope(ctx.tx, ctx.scope, pair.organizationId);
  if (input.paymentSize && !org.payBasis.trim()) throw conflict(PAY_BASIS_MISSING);
  const { mentor } = await pairPeople(ctx.tx, pair);
  const data = validateTemplateData(agreementAmendment, {
    org: requireOrgRequisites(org),
    number: null,
    date: null,
    contract: { date: input.contractDate, number: input.contractNumber },
    agreement: { date: agreement.date, number: agreement.number },
    headAuthority: 'Устава',
    mentor: staffMemberOf(mentor),
    mentees: null,
    term: input.endDate ? { start: pair.startDate, end: input.endDate } : null,
    paymentSize: input.paymentSize,
    payBasis: input.paymentSize ? org.payBasis : null,
    effectiveFrom: input.effectiveFrom,
  });
  const stored = { ...data, pairId: pair.id };
  const existing = await amendmentDraftOf(ctx.tx, ctx.scope, pair.id);
  let id: string;
  if (existing) {
    await updateDraft(ctx, { documentId: existing.id, data: stored, title: agreementAmendment.build(data).title });
    id = existing.id;
  } else {
    id = (await createDraft(ctx, { organizationId: org.id, template: agreementAmendment.name, title: agreementAmendment.build(data).title, data: stored })).id;
  }
  await ctx.audit({
    action: 'pair.amendment_draft',
    entity: 'mentor_pair',
    entityId: pair.id,
    organizationId: pair.organizationId,
    after: { documentId: id, endDate: input.endDate, paymentSize: input.paymentSize, effectiveFrom: input.effectiveFrom },
  });
  return { id };
}
