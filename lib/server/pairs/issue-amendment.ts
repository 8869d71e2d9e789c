// Issues the additional agreement changing a mentor's agreement under a number of the series of
// agreements («ДС-N») and, in the same transaction, applies what it changes to the pair: the new end of the
// term and the new payment become the pair's, so the pay orders, the ППН and the reminders that
// follow read the agreement as it now stands. The mentees are not changed by this agreement.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { mentorPairs } from '@/db/schema';
import { AppError, conflict } from '@/lib/core/errors';
import { formatDate } from '@/lib/core/russian';
import { agreementAmendment } from '@/templates/agreement-amendment';
import type { OpContext } from '../context';
import { type IssueResult, issueDocument } from '../documents/issue-document';
import { loadDocument } from '../documents/load-document';
import { validateTemplateData } from '../documents/render-frozen';
import { amendedPairId } from './amendment-draft';
import { loadPair } from './load-pair';
import { NO_AGREEMENT_TO_AMEND } from './prepare-amendment';

export async function issueAmendment(ctx: OpContext, input: { documentId: string; issueDate: string }): Promise<IssueResult> {
  const doc = await loadDocument(ctx.tx, ctx.scope, input.documentId, { forUpdate: true });
  if (doc.template !== agreementAmendment.name) throw new AppError('VALIDATION', 'Этот документ — не дополнительное соглашение об изменении условий наставничества.');
  if (doc.status !== 'draft') throw conflict(`Документ уже издан${doc.number ? `: № ${doc.number}` : ''}.`);
  const pairId = amendedPairId(doc.data);
  if (!pairId) throw conflict('Не найдена пара, соглашение которой изменяет этот документ.');
  const pair = await loadPair(ctx.tx, ctx.scope, pairId, { forUpdate: true });
  if (pair.basis !== 'agreement') throw conflict(NO_AGREEMENT_TO_AMEND);
  if (pair.status !== 'active') throw conflict('Пара, соглашение которой изменяет этот документ, уже не действует.');
  const data = validateTemplateData(agreementAmendment, doc.data);
  if (data.agreement.date && input.issueDate < data.agreement.date) {
    const message = `Соглашение об изменении не может быть раньше изменяемого соглашения (${formatDate(data.agreement.date)}).`;
    throw new AppError('VALIDATION', message, { issueDate: [message] });
  }
  if (input.issueDate > data.effectiveFrom) {
    const message = `Изменения действуют с ${formatDate(data.effectiveFrom)}: соглашение должно быть подписано не позже этой даты.`;
    throw new AppError('VALIDATION', message, { issueDate: [message] });
  }

  const result = await issueDocument(ctx, input);
  const changes = { ...(data.term ? { endDate: data.term.end } : {}), ...(data.paymentSize ? { paymentSize: data.paymentSize } : {}) };
  const updated = await ctx.tx
    .update(mentorPairs)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(mentorPairs.id, pair.id), eq(mentorPairs.status, 'active')))
    .returning({ id: mentorPairs.id });
  if (updated.length !== 1) throw conflict('Пара уже изменена. Обновите страницу.');
  await ctx.audit({
    action: 'pair.amend',
    entity: 'mentor_pair',
    entityId: pair.id,
    organizationId: pair.organizationId,
    before: { endDate: pair.endDate, paymentSize: pair.paymentSize },
    after: { documentId: doc.id, number: result.number, ...changes, effectiveFrom: data.effectiveFrom },
  });
  return result;
}
