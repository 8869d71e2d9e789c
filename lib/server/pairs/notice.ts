// The two notices that end an assigned pair early (ст. 351.8 ТК РФ), printed unnumbered from
// the pair: the mentor's notice of refusal, addressed to the head for the mentor to sign, and
// the employer's notice of cancellation, addressed to the mentor with the receipt block the
// termination order then counts from. Both cite the mentor's additional agreement and put the
// end no earlier than three working days after the notice (computed when not given).
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documents } from '@/db/schema';
import { earliestCancellationEnd } from '@/lib/core/calendar/working-days';
import { AppError, conflict } from '@/lib/core/errors';
import { formatDate } from '@/lib/core/russian';
import type { DocumentModel } from '@/lib/documents/model';
import { renderPdf } from '@/lib/documents/render';
import { staffMemberOf } from '@/lib/domain/mentoring/staff';
import { inScope, requireOrgInScope, type Scope } from '@/lib/server/auth/scope';
import { cancellationNotice } from '@/templates/cancellation-notice';
import { refusalNotice } from '@/templates/refusal-notice';
import { todayIso } from '../clock';
import { validateTemplateData } from '../documents/render-frozen';
import { BLANK_ACT, requireOrgRequisites } from '../organizations/requisites';
import { loadPair, pairPeople } from './load-pair';
import { signedAgreementOf } from './signed-agreement';

interface NoticeDates {
  noticeDate?: string;
  endDate?: string;
}
export type NoticeQuery = ({ kind: 'refusal'; reason: string | null } | { kind: 'cancellation'; grounds: string }) & NoticeDates;

const WORDING = {
  refusal: {
    notActive: 'Уведомление об отказе пишут по паре, закреплённой приказом.',
    tooEarly: (earliest: string) => `Дата отказа — не раньше ${formatDate(earliest)}: три рабочих дня после уведомления.`,
  },
  cancellation: {
    notActive: 'Уведомление об отмене поручения пишут по паре, закреплённой приказом.',
    tooEarly: (earliest: string) => `Дата отмены — не раньше ${formatDate(earliest)}: три рабочих дня после получения уведомления.`,
  },
} as const;

export async function noticePdf(db: Db, scope: Scope, pairId: unknown, query: NoticeQuery): Promise<{ bytes: Buffer; filename: string }> {
  const wording = WORDING[query.kind];
  const pair = await loadPair(db, scope, pairId);
  if (pair.status !== 'active') throw conflict(wording.notActive);
  const org = await requireOrgInScope(db, scope, pair.organizationId);
  const { mentor, mentees } = await pairPeople(db, pair);
  const agreement = (await signedAgreementOf(db, pair)) ?? BLANK_ACT;
  const noticeDate = query.noticeDate ?? todayIso();
  const earliest = earliestCancellationEnd(noticeDate);
  const endDate = query.endDate ?? earliest;
  if (endDate < earliest) throw new AppError('VALIDATION', wording.tooEarly(earliest));
  const common = { org: requireOrgRequisites(org), mentor: staffMemberOf(mentor), mentees: mentees.map(staffMemberOf), agreement, endDate, date: noticeDate };
  let model: DocumentModel;
  if (query.kind === 'refusal') {
    model = refusalNotice.build(validateTemplateData(refusalNotice, { ...common, reason: query.reason }));
  } else {
    const data = validateTemplateData(cancellationNotice, { ...common, number: null, grounds: query.grounds, paid: pair.basis !== 'job_function' });
    model = cancellationNotice.build(data);
  }
  return { bytes: await renderPdf(model), filename: `${model.title}.pdf` };
}

/** The employer's notice registered for the pair and still in force (not cancelled by a later document), if any. */
export async function registeredCancellationNotice(
  db: Db,
  scope: Scope,
  pairId: string,
): Promise<{ id: string; number: string | null; issueDate: string | null } | null> {
  const pair = await loadPair(db, scope, pairId);
  if (!pair.cancellationNoticeId) return null;
  const [notice] = await db
    .select({ id: documents.id, number: documents.number, issueDate: documents.issueDate, status: documents.status })
    .from(documents)
    .where(and(eq(documents.id, pair.cancellationNoticeId), inScope(scope, documents.organizationId)));
  return notice && notice.status !== 'cancelled' ? { id: notice.id, number: notice.number, issueDate: notice.issueDate } : null;
}
