// Registers the employer's notice of early cancellation (ст. 351.8 ТК РФ) from the termination
// form: drafted and issued at once under the next number of the school's series of notices
// («У-N»), dated the day it is handed over, so the register keeps its DOCX/PDF with the
// mentor's receipt block. The three working days run from the receipt the mentor writes on it;
// the termination order that follows names that date. A pair ends on one notice: a second one
// while the first is in force, or one after the mentor's refusal was received, would give the
// mentor two end dates, so both are refused until the pair has ended.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '@/db/client';
import { documents, mentorPairs, type MentorPair } from '@/db/schema';
import { earliestCancellationEnd } from '@/lib/core/calendar/working-days';
import { AppError, conflict } from '@/lib/core/errors';
import { formatDate } from '@/lib/core/russian';
import { staffMemberOf } from '@/lib/domain/mentoring/staff';
import type { cancellationNoticeSchema } from '@/lib/domain/validations/pairs';
import { requireOrgInScope } from '@/lib/server/auth/scope';
import { cancellationNotice } from '@/templates/cancellation-notice';
import { todayIso } from '../clock';
import type { OpContext } from '../context';
import { createDraft } from '../documents/create-draft';
import { type IssueResult, issueDocument } from '../documents/issue-document';
import { validateTemplateData } from '../documents/render-frozen';
import { BLANK_ACT, requireOrgRequisites } from '../organizations/requisites';
import { loadPair, pairPeople } from './load-pair';
import { signedAgreementOf } from './signed-agreement';

export async function issueCancellationNotice(ctx: OpContext, input: z.output<typeof cancellationNoticeSchema>): Promise<IssueResult> {
  const pair = await loadPair(ctx.tx, ctx.scope, input.pairId, { forUpdate: true });
  if (pair.status !== 'active') throw conflict('Уведомление об отмене поручения пишут по паре, закреплённой приказом.');
  await refuseSecondNotice(ctx.tx, pair);
  const earliest = earliestCancellationEnd(input.noticeDate);
  if (input.endDate < earliest) {
    const message = `Дата отмены — не раньше ${formatDate(earliest)}: три рабочих дня после получения уведомления.`;
    throw new AppError('VALIDATION', message, { endDate: [message] });
  }
  if (input.noticeDate > todayIso()) {
    const message = 'Уведомление регистрируют в день вручения: его дата не может быть позже сегодняшней.';
    throw new AppError('VALIDATION', message, { noticeDate: [message] });
  }
  const org = await requireOrgInScope(ctx.tx, ctx.scope, pair.organizationId);
  const { mentor, mentees } = await pairPeople(ctx.tx, pair);
  const agreement = pair.basis === 'job_function' ? undefined : await signedAgreementOf(ctx.tx, pair);
  const data = validateTemplateData(cancellationNotice, {
    org: requireOrgRequisites(org),
    number: null,
    date: null,
    mentor: staffMemberOf(mentor),
    mentees: mentees.map(staffMemberOf),
    agreement: agreement ?? BLANK_ACT,
    grounds: input.grounds,
    endDate: input.endDate,
    paid: pair.basis !== 'job_function',
  });
  const { id } = await createDraft(ctx, { organizationId: org.id, template: cancellationNotice.name, title: cancellationNotice.build(data).title, data });
  const result = await issueDocument(ctx, { documentId: id, issueDate: input.noticeDate });
  await ctx.tx.update(mentorPairs).set({ cancellationNoticeId: id, updatedAt: new Date() }).where(eq(mentorPairs.id, pair.id));
  await ctx.audit({
    action: 'pair.cancellation_notice',
    entity: 'mentor_pair',
    entityId: pair.id,
    organizationId: pair.organizationId,
    after: { documentId: id, number: result.number, noticeDate: input.noticeDate, endDate: input.endDate },
  });
  return result;
}

/** The pair's notice in force, if any: a registered cancellation notice or a received refusal awaiting its order. */
async function refuseSecondNotice(tx: Tx, pair: MentorPair): Promise<void> {
  if (pair.cancellationNoticeId) {
    const [notice] = await tx
      .select({ status: documents.status, number: documents.number, issueDate: documents.issueDate })
      .from(documents)
      .where(eq(documents.id, pair.cancellationNoticeId));
    // A notice the school has cancelled by a later document no longer stands in the way.
    if (notice && notice.status !== 'cancelled') {
      throw conflict(
        `Уведомление об отмене поручения по этой паре уже зарегистрировано: № ${notice.number ?? '—'} от ${notice.issueDate ? formatDate(notice.issueDate) : '—'}. ` +
          'Второе уведомление не регистрируют, пока пара не прекращена: подготовьте приказ о досрочном прекращении по первому.',
      );
    }
  }
  if (pair.terminationOrderId) {
    const [pending] = await tx.select({ status: documents.status, data: documents.data }).from(documents).where(eq(documents.id, pair.terminationOrderId));
    if (pending?.status === 'draft') {
      const reason = (pending.data as { reason?: { kind?: string; noticeDate?: string; incomingNumber?: string | null } }).reason;
      if (reason?.kind === 'refusal') {
        const received = `${reason.noticeDate ? ` от ${formatDate(reason.noticeDate)}` : ''}${reason.incomingNumber ? ` (вх. № ${reason.incomingNumber})` : ''}`;
        throw conflict(`Наставник уже уведомил об отказе${received}: по его уведомлению подготовлен приказ о досрочном прекращении, уведомление об отмене поручения не нужно.`);
      }
      throw conflict('Проект приказа о досрочном прекращении этой пары уже подготовлен: он в реестре документов.');
    }
  }
}
