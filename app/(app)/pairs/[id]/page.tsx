import type { Metadata } from 'next';
import Link from 'next/link';
import { IssueForm } from '@/components/documents/issue-form';
import { ActionButton } from '@/components/pairs/action-button';
import { AddMenteeForm } from '@/components/pairs/add-mentee-form';
import { AmendmentForm } from '@/components/pairs/amendment-form';
import { PairKindForm } from '@/components/pairs/pair-kind-form';
import { TerminationForm } from '@/components/pairs/termination-form';
import { fullNameOf, formatDate } from '@/lib/core/russian';
import { CONSENT_LABELS, CONSENT_STATUS_LABELS } from '@/lib/domain/mentoring/consents';
import { MENTORING_BASIS_LABELS, type MENTORING_KINDS, PAIR_STATUS_LABELS } from '@/lib/domain/mentoring/vocabulary';
import { can } from '@/lib/domain/permissions';
import { todayIso } from '@/lib/server/clock';
import { nextNumber } from '@/lib/server/documents/next-number';
import { notFoundOnAppError } from '@/lib/server/not-found';
import { amendmentDraftOf } from '@/lib/server/pairs/amendment-draft';
import { listPairs } from '@/lib/server/pairs/list-pairs';
import { loadPair } from '@/lib/server/pairs/load-pair';
import { registeredCancellationNotice } from '@/lib/server/pairs/notice';
import { matchingBoard } from '@/lib/server/pairs/suggestions';
import { scopedPage } from '@/lib/server/scoped-read';
import {
  addMenteeAction,
  deletePairAction,
  issueAmendmentAction,
  issueCancellationNoticeAction,
  issueTerminationOrderAction,
  prepareAmendmentAction,
  setPairKindAction,
  startTerminationAction,
} from '../actions';

export const metadata: Metadata = { title: 'Наставническая пара' };

const END_REASONS = { refusal: 'отказ наставника', cancellation: 'отмена поручения работодателем' } as const;

export default async function PairPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ reason?: string; noticeDate?: string }>;
}) {
  const { scope, read } = await scopedPage('mentoring.manage');
  const { id } = await params;
  const query = await searchParams;
  const pair = await notFoundOnAppError(read(loadPair, id));
  const [view] = await read(listPairs, { ids: [pair.id], organizationId: pair.organizationId });
  if (!view) throw new Error('pair vanished');
  const today = todayIso();
  const names = new Map([view.mentor, ...view.mentees].map((p) => [p.id, fullNameOf(p)]));
  const candidates = pair.status === 'forming' ? (await read(matchingBoard)).unpaired.map((m) => ({ id: m.person.id, name: fullNameOf(m.person) })) : [];
  const initial = {
    reason: query.reason === 'cancellation' ? ('cancellation' as const) : ('refusal' as const),
    noticeDate: query.noticeDate && /^\d{4}-\d{2}-\d{2}$/.test(query.noticeDate) && query.noticeDate <= today ? query.noticeDate : today,
  };
  const termination = view.termination;
  const mayIssue = can(scope, 'documents.issue');
  // Only work under an additional agreement has an agreement to change (ст. 72 ТК РФ).
  const amendable = pair.status === 'active' && pair.basis === 'agreement';
  const amendment = amendable ? await read(amendmentDraftOf, pair.id) : null;
  const notice = pair.status === 'active' ? await read(registeredCancellationNotice, pair.id) : null;
  return (
    <>
      <h1>
        {view.mentees.length > 1 ? 'Наставническая группа' : 'Наставническая пара'}: {fullNameOf(view.mentor)}
      </h1>
      <div className="card">
        <p>
          Наставник: {fullNameOf(view.mentor)}, {view.mentor.position}
        </p>
        <p>Наставляемые: {view.mentees.map((m) => `${fullNameOf(m)}, ${m.position}`).join('; ')}</p>
        <p>
          Форма: {pair.form}; вид: {pair.kind}; срок: {formatDate(pair.startDate)} – {formatDate(pair.endDate)}
          {pair.paymentSize && <>; выплата за наставничество: {pair.paymentSize}</>}
        </p>
        <p>Основание: {MENTORING_BASIS_LABELS[pair.basis]}</p>
        <p>
          Состояние: <strong>{PAIR_STATUS_LABELS[pair.status]}</strong>
          {view.order && view.order.status !== 'draft' && (
            <>
              {' '}
              —{' '}
              <Link href={`/documents/${pair.orderId}`}>
                приказ № {view.order.number} от {formatDate(view.order.issueDate!)}
              </Link>
            </>
          )}
          {pair.status === 'terminated' && pair.endedOn && pair.endReason && (
            <>
              ; прекращена с {formatDate(pair.endedOn)} ({END_REASONS[pair.endReason]})
            </>
          )}
        </p>
      </div>

      <h2>Согласия</h2>
      <table className="data">
        <thead>
          <tr>
            <th>Участник</th>
            <th>Документ</th>
            <th>Состояние</th>
          </tr>
        </thead>
        <tbody>
          {view.consents.map((c) => (
            <tr key={`${c.personId}:${c.kind}`}>
              <td>{names.get(c.personId)}</td>
              <td>{CONSENT_LABELS[c.kind]}</td>
              <td>
                {CONSENT_STATUS_LABELS[c.status]}
                {c.consent?.receivedOn && c.status === 'received' && <> {formatDate(c.consent.receivedOn)}</>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <Link href="/consents">Отметить согласия и распечатать бланки</Link>
      </p>

      {pair.status === 'forming' && (
        <>
          <h2>Состав</h2>
          <div className="card">
            <PairKindForm
              key={pair.kind}
              pairId={pair.id}
              kind={pair.kind as (typeof MENTORING_KINDS)[number]}
              group={view.mentees.length > 1}
              action={setPairKindAction}
            />
            <AddMenteeForm pairId={pair.id} candidates={candidates} action={addMenteeAction} />
            <p>
              <ActionButton
                action={deletePairAction}
                input={{ pairId: pair.id }}
                label={view.mentees.length > 1 ? 'Расформировать группу' : 'Расформировать пару'}
                pendingLabel="Удаление…"
                confirm={
                  view.mentees.length > 1
                    ? 'Расформировать группу? Её согласия и дополнительное соглашение будут удалены; согласия на обработку персональных данных останутся.'
                    : 'Расформировать пару? Её согласия и дополнительное соглашение будут удалены; согласия на обработку персональных данных останутся.'
                }
                secondary
                redirectTo="/pairs"
              />
            </p>
          </div>
        </>
      )}

      {amendable && (
        <>
          <h2>Изменить соглашение</h2>
          <div className="card">
            <p className="muted">Дополнительное соглашение об изменении срока или размера выплаты (ст. 72 ТК РФ); после издания они станут условиями пары.</p>
            {amendment ? (
              <>
                <p>
                  Проект: <Link href={`/documents/${amendment.id}`}>{amendment.title}</Link> — <a href={`/documents/${amendment.id}#preview`}>просмотр PDF</a>
                </p>
                {mayIssue && (
                  <IssueForm
                    documentId={amendment.id}
                    today={today}
                    numbered
                    noun="agreement"
                    nextNumber={await read(nextNumber, amendment.id, today)}
                    action={issueAmendmentAction}
                  />
                )}
              </>
            ) : (
              <AmendmentForm
                pairId={pair.id}
                today={today}
                current={{ endDate: pair.endDate, paymentSize: pair.paymentSize }}
                action={prepareAmendmentAction}
              />
            )}
          </div>
        </>
      )}

      {pair.status === 'active' && (
        <>
          <h2>Досрочное прекращение</h2>
          <div className="card">
            {termination?.status === 'draft' ? (
              <>
                <p>
                  Проект приказа: <Link href={`/documents/${termination.id}`}>О досрочном прекращении наставничества</Link> —{' '}
                  <a href={`/documents/${termination.id}#preview`}>просмотр PDF</a>
                </p>
                <IssueForm
                  documentId={termination.id}
                  today={today}
                  numbered
                  nextNumber={await read(nextNumber, termination.id, today)}
                  action={issueTerminationOrderAction}
                />
              </>
            ) : (
              <>
                {notice && (
                  <p>
                    Уведомление об отмене поручения зарегистрировано:{' '}
                    <Link href={`/documents/${notice.id}`}>
                      № {notice.number}
                      {notice.issueDate && <> от {formatDate(notice.issueDate)}</>}
                    </Link>{' '}
                    — <a href={`/documents/${notice.id}/download/document.pdf`}>PDF для вручения</a>. Второе уведомление по этой паре не регистрируют.
                  </p>
                )}
                <TerminationForm
                  pairId={pair.id}
                  today={today}
                  initial={notice ? { ...initial, reason: 'cancellation' } : initial}
                  action={startTerminationAction}
                  noticeAction={mayIssue && !notice ? issueCancellationNoticeAction : undefined}
                />
              </>
            )}
          </div>
        </>
      )}
    </>
  );
}
