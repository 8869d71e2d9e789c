// The employer's notice of early cancellation, printed for handing over: addressed to the
// mentor, citing the mentor's additional agreement, with the end date no earlier than three
// working days after the planned handing over, and the mentor's receipt block — the
// termination order then counts from the date the mentor writes there.
import 'server-only';
import type { Db } from '@/db/client';
import { earliestCancellationEnd } from '@/lib/core/calendar/working-days';
import { AppError, conflict } from '@/lib/core/errors';
import { formatDate } from '@/lib/core/russian';
import { renderPdf } from '@/lib/documents/render';
import { staffMemberOf } from '@/lib/domain/mentoring/staff';
import { requireOrgInScope, type Scope } from '@/lib/server/auth/scope';
import { cancellationNotice } from '@/templates/cancellation-notice';
import { todayIso } from '../clock';
import { validateTemplateData } from '../documents/render-frozen';
import { BLANK_ACT, requireOrgRequisites } from '../organizations/requisites';
import { loadPair, pairPeople } from './load-pair';
import { signedAgreementOf } from './signed-agreement';

export async function cancellationNoticePdf(
  db: Db,
  scope: Scope,
  pairId: unknown,
  query: { noticeDate?: string; endDate?: string; grounds: string },
): Promise<{ bytes: Buffer; filename: string }> {
  const pair = await loadPair(db, scope, pairId);
  if (pair.status !== 'active') throw conflict('Уведомление об отмене поручения пишут по паре, закреплённой приказом.');
  const org = await requireOrgInScope(db, scope, pair.organizationId);
  const { mentor, mentees } = await pairPeople(db, pair);
  const agreement = await signedAgreementOf(db, pair);
  const noticeDate = query.noticeDate ?? todayIso();
  const earliest = earliestCancellationEnd(noticeDate);
  const endDate = query.endDate ?? earliest;
  if (endDate < earliest) throw new AppError('VALIDATION', `Дата отмены — не раньше ${formatDate(earliest)}: три рабочих дня после получения уведомления.`);
  const data = validateTemplateData(cancellationNotice, {
    org: requireOrgRequisites(org),
    number: null,
    date: noticeDate,
    mentor: staffMemberOf(mentor),
    mentees: mentees.map(staffMemberOf),
    agreement: agreement ?? BLANK_ACT,
    grounds: query.grounds,
    endDate,
    paid: pair.basis !== 'job_function',
  });
  const model = cancellationNotice.build(data);
  return { bytes: await renderPdf(model), filename: `${model.title}.pdf` };
}
