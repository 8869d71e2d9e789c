// The mentor's notice of early refusal, printed for signing: addressed to the head, citing
// the mentor's additional agreement, with the end date no earlier than three working days
// after the notice (computed when not given).
import 'server-only';
import type { Db } from '@/db/client';
import { earliestCancellationEnd } from '@/lib/core/calendar/working-days';
import { AppError, conflict } from '@/lib/core/errors';
import { formatDate } from '@/lib/core/russian';
import { renderPdf } from '@/lib/documents/render';
import { staffMemberOf } from '@/lib/domain/mentoring/staff';
import { requireOrgInScope, type Scope } from '@/lib/server/auth/scope';
import { refusalNotice } from '@/templates/refusal-notice';
import { todayIso } from '../clock';
import { validateTemplateData } from '../documents/render-frozen';
import { BLANK_ACT, requireOrgRequisites } from '../organizations/requisites';
import { loadPair, pairPeople } from './load-pair';
import { signedAgreementOf } from './signed-agreement';

export async function refusalNoticePdf(
  db: Db,
  scope: Scope,
  pairId: unknown,
  query: { noticeDate?: string; endDate?: string; reason: string | null },
): Promise<{ bytes: Buffer; filename: string }> {
  const pair = await loadPair(db, scope, pairId);
  if (pair.status !== 'active') throw conflict('Уведомление об отказе пишут по паре, закреплённой приказом.');
  const org = await requireOrgInScope(db, scope, pair.organizationId);
  const { mentor, mentees } = await pairPeople(db, pair);
  const agreement = await signedAgreementOf(db, pair);
  const noticeDate = query.noticeDate ?? todayIso();
  const earliest = earliestCancellationEnd(noticeDate);
  const endDate = query.endDate ?? earliest;
  if (endDate < earliest) throw new AppError('VALIDATION', `Дата отказа — не раньше ${formatDate(earliest)}: три рабочих дня после уведомления.`);
  const data = validateTemplateData(refusalNotice, {
    org: requireOrgRequisites(org),
    mentor: staffMemberOf(mentor),
    mentees: mentees.map(staffMemberOf),
    agreement: agreement ?? BLANK_ACT,
    endDate,
    reason: query.reason,
    date: noticeDate,
  });
  const model = refusalNotice.build(data);
  return { bytes: await renderPdf(model), filename: `${model.title}.pdf` };
}
