// Registers the employer's notice of early cancellation (ст. 351.8 ТК РФ) from the termination
// form: drafted and issued at once under the next number of the school's general series, dated
// the day it is handed over, so the register keeps its DOCX/PDF with the mentor's receipt block.
// The three working days run from the receipt the mentor writes on it; the termination order
// that follows names that date.
import 'server-only';
import type { z } from 'zod';
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
  await ctx.audit({
    action: 'pair.cancellation_notice',
    entity: 'mentor_pair',
    entityId: pair.id,
    organizationId: pair.organizationId,
    after: { documentId: id, number: result.number, noticeDate: input.noticeDate, endDate: input.endDate },
  });
  return result;
}
