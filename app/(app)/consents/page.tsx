import type { Metadata } from 'next';
import Link from 'next/link';
import { ConsentMark } from '@/components/consents/consent-mark';
import { MarkAllReceived } from '@/components/consents/mark-all-received';
import { fullNameOf, formatDate, initialsAfter } from '@/lib/core/russian';
import { CONSENT_LABELS, CONSENT_STATUS_LABELS, missingConsentsMessage, missingOf } from '@/lib/domain/mentoring/consents';
import { personNameOf } from '@/lib/domain/mentoring/staff';
import { PAIR_STATUS_LABELS } from '@/lib/domain/mentoring/vocabulary';
import { withdrawalConsequences } from '@/lib/domain/people/personal-data-terms';
import { todayIso } from '@/lib/server/clock';
import { NO_PAIR_TICKED } from '@/lib/server/consents/print-consents';
import { listPairs } from '@/lib/server/pairs/list-pairs';
import { eraseDuePersonalData } from '@/lib/server/people/erase-withdrawn';
import { scopedPage } from '@/lib/server/scoped-read';
import { markConsentsReceivedAction, recordConsentAction } from './actions';

export const metadata: Metadata = { title: 'Согласия' };

const BADGE = { received: 'done', requested: 'progress', declined: 'todo', withdrawn: 'todo', missing: 'todo' } as const;

export default async function ConsentsPage({ searchParams }: { searchParams: Promise<{ print?: string }> }) {
  const { print } = await searchParams;
  const { scope, read } = await scopedPage('mentoring.manage');
  // A withdrawal whose 30 days are nearly up erases what only the consent covered, before the list is shown.
  await read((db) => eraseDuePersonalData(db, todayIso(), scope.orgId));
  const pairs = await read(listPairs, { statuses: ['forming', 'active'] });
  const today = todayIso();
  // The personal-data consent belongs to the person, so a person in two pairs shows it twice: one id.
  const requestedOf = (views: typeof pairs) => [
    ...new Set(views.flatMap((v) => v.consents.filter((c) => c.consent?.status === 'requested').map((c) => c.consent!.id))),
  ];
  const allRequested = requestedOf(pairs);
  return (
    <>
      <h1>Согласия участников</h1>
      <p className="muted">
        Наставник даёт согласие на работу по наставничеству и подписывает дополнительное соглашение к трудовому договору (ст. 351.8 ТК РФ), наставляемый —
        согласие на участие; каждый — отдельное согласие на обработку персональных данных. Приказ о закреплении пары издаётся, только когда получены все.
        Сведения об участнике размещаются на сайте школы только с его отдельным согласием на распространение персональных данных.
      </p>
      {pairs.length === 0 ? (
        <p className="notice">
          Пар нет: сначала сформируйте их на странице <Link href="/pairs">«Пары и группы»</Link>.
        </p>
      ) : (
        <>
          <form id="print-form" action="/consents/print" method="get" className="card row">
            <span>Отметьте пары ниже и распечатайте одним PDF все недостающие бланки: согласия и дополнительные соглашения.</span>
            <button type="submit">Печать</button>
            {print === 'none' && (
              <p className="form-error" role="alert">
                {NO_PAIR_TICKED}
              </p>
            )}
          </form>
          {allRequested.length > 0 && pairs.length > 1 && (
            <div className="card">
              <p>Все бумаги собраны в один день? Отметьте сразу все запрошенные согласия и соглашения всех пар на странице.</p>
              <MarkAllReceived consentIds={allRequested} today={today} label="Все запрошенные согласия всех пар" action={markConsentsReceivedAction} />
            </div>
          )}
          {pairs.map((view) => {
            const names = new Map([view.mentor, ...view.mentees].map((p) => [p.id, initialsAfter(personNameOf(p))]));
            const missing = missingOf(view.consents);
            const requested = requestedOf([view]);
            return (
              <section key={view.pair.id} className="card" data-pair={view.pair.id}>
                <h2 className="minor">
                  <label>
                    <input
                      type="checkbox"
                      name="pair"
                      value={view.pair.id}
                      form="print-form"
                      defaultChecked={missing.length > 0}
                      aria-label={`Печатать бланки пары ${fullNameOf(view.mentor)}`}
                    />{' '}
                    {fullNameOf(view.mentor)} — {view.mentees.map((m) => initialsAfter(personNameOf(m))).join(', ')}
                  </label>{' '}
                  <span className="muted">({PAIR_STATUS_LABELS[view.pair.status]})</span>
                </h2>
                <p className={missing.length ? 'notice' : 'form-ok'}>
                  {missingConsentsMessage(missing, (id) => names.get(id) ?? id) ?? 'Все согласия получены.'}
                </p>
                {requested.length > 1 && (
                  <MarkAllReceived
                    consentIds={requested}
                    today={today}
                    label={`Все запрошенные согласия пары ${fullNameOf(view.mentor)}`}
                    action={markConsentsReceivedAction}
                  />
                )}
                {/* tabIndex: on a phone the table scrolls sideways, and a keyboard must reach it to scroll. */}
                <table className="data" tabIndex={0}>
                  <thead>
                    <tr>
                      <th>Участник</th>
                      <th>Документ</th>
                      <th>Состояние</th>
                      <th>Отметка</th>
                    </tr>
                  </thead>
                  <tbody>
                    {view.consents.map((c) => (
                      <tr key={`${c.personId}:${c.kind}`}>
                        <td>{names.get(c.personId)}</td>
                        <td>
                          {CONSENT_LABELS[c.kind]}
                          {c.kind === 'personal_data' && (
                            <>
                              {' '}
                              · <a href={`/consents/distribution?person=${c.personId}`} download>бланк согласия на распространение (ст. 10.1 152-ФЗ)</a>
                            </>
                          )}
                        </td>
                        <td>
                          <span className={`badge ${BADGE[c.status]}`}>{CONSENT_STATUS_LABELS[c.status]}</span>{' '}
                          {c.status === 'received' && c.consent?.receivedOn && formatDate(c.consent.receivedOn)}
                          {(c.status === 'declined' || c.status === 'withdrawn') && c.consent?.closedOn && formatDate(c.consent.closedOn)}
                          {c.kind === 'personal_data' && c.status === 'withdrawn' && c.consent?.closedOn && (
                            <span className="muted">
                              {' '}
                              {c.consent.erasedOn ? `; данные по согласию удалены ${formatDate(c.consent.erasedOn)}` : `; ${withdrawalConsequences(c.consent.closedOn, formatDate)}`}
                            </span>
                          )}
                          {c.kind === 'additional_agreement' && c.status === 'received' && c.consent?.note && <> № {c.consent.note}</>}
                          {c.consent?.scanId && (
                            <>
                              {' '}
                              · <a href={`/consents/${c.consent.id}/scan`}>скан</a>
                            </>
                          )}
                        </td>
                        <td>
                          {c.consent && (
                            <ConsentMark
                              consentId={c.consent.id}
                              status={c.consent.status}
                              isAgreement={c.kind === 'additional_agreement'}
                              isPersonalData={c.kind === 'personal_data'}
                              amendReason={c.personId === view.mentor.id && c.kind !== 'personal_data' ? 'refusal' : 'cancellation'}
                              today={today}
                              label={`${names.get(c.personId)}: ${CONSENT_LABELS[c.kind]}`}
                              action={recordConsentAction}
                            />
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            );
          })}
        </>
      )}
    </>
  );
}
