import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DateField } from '@/components/form/date-field';
import { StudentActionForm } from '@/components/students/pairs/student-action-form';
import { formatDate } from '@/lib/core/russian';
import { CONSENT_STATUS_LABELS } from '@/lib/domain/mentoring/consents';
import { PAIR_STATUS_LABELS } from '@/lib/domain/mentoring/vocabulary';
import { can } from '@/lib/domain/permissions';
import { requiredKinds } from '@/lib/domain/students/consents';
import { GUARDIAN_RELATION_LABELS, STUDENT_CONSENT_KIND_LABELS, type StudentConsentKind } from '@/lib/domain/students/vocabulary';
import { todayIso } from '@/lib/server/clock';
import { scopedPage } from '@/lib/server/scoped-read';
import { listStudentMeetings } from '@/lib/server/students/pairs';
import { guardiansOf, issuedAgreements, loadStudentPair, type MemberView, studentSettingsOf } from '@/lib/server/students/pairs-read';
import {
  recordStudentConsentAction,
  studentAgreementAction,
  studentConsentFormAction,
  studentMeetingAction,
  studentResultsAction,
  withdrawStudentConsentAction,
} from '../actions';

export const metadata: Metadata = { title: 'Пара (группа) обучающихся' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function StudentPairPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { scope, read } = await scopedPage();
  if (!UUID.test(id)) notFound();
  const view = await read(loadStudentPair, id);
  if (!view) notFound();
  const manage = can(scope, 'students.manage');
  const today = todayIso();
  const [meetings, settings, guardianRows, agreements] = await Promise.all([
    read(listStudentMeetings, id),
    read((db) => studentSettingsOf(db, view.pair.organizationId)),
    manage ? read(guardiansOf, [...view.mentees, view.mentor].filter((m) => m.subject === 'pupil').map((m) => m.id)) : [],
    manage && view.mentorKind === 'teacher' ? read(issuedAgreements) : [],
  ]);
  const members = [view.mentor, ...view.mentees];
  const open = view.pair.status === 'forming' || view.pair.status === 'active';
  const kindsOf = (m: MemberView) => requiredKinds(m.subject, settings).filter((k): k is StudentConsentKind => k in STUDENT_CONSENT_KIND_LABELS);
  const missingOf = (m: MemberView) => view.missing.filter((x) => x.subject === m.subject && x.id === m.id);
  const guardianSelect = (m: MemberView, htmlId: string) =>
    m.subject === 'pupil' ? (
      <div className="field">
        <label htmlFor={htmlId}>Законный представитель</label>
        <select id={htmlId} name="guardianId">
          <option value="">— выберите —</option>
          {guardianRows
            .filter((g) => g.pupilId === m.id)
            .map((g) => (
              <option key={g.id} value={g.id}>
                {g.lastName} {g.firstName} {g.middleName ?? ''} ({GUARDIAN_RELATION_LABELS[g.relation]})
              </option>
            ))}
        </select>
      </div>
    ) : null;
  const subjectFields = (m: MemberView) => (
    <>
      <input type="hidden" name="pairId" value={view.pair.id} />
      <input type="hidden" name="subject" value={m.subject} />
      <input type="hidden" name="subjectId" value={m.id} />
    </>
  );
  const kindSelect = (m: MemberView, htmlId: string) => (
    <div className="field">
      <label htmlFor={htmlId}>Согласие</label>
      <select id={htmlId} name="kind">
        {kindsOf(m).map((k) => (
          <option key={k} value={k}>{STUDENT_CONSENT_KIND_LABELS[k]}</option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <p><Link href="/students/pairs">← Пары и группы обучающихся</Link></p>
      <h1>{view.mentees.length > 1 ? 'Группа' : 'Пара'}: {view.mentor.label}</h1>
      <p>
        Форма «{view.form.name}»{view.variant ? `, ролевая модель «${view.variant}»` : ''}, вид — {view.pair.kind}; {formatDate(view.pair.startDate)} – {formatDate(view.pair.endDate)}.
        Состояние: <strong data-testid="pair-status">{PAIR_STATUS_LABELS[view.pair.status]}</strong>
        {view.pair.orderId && (
          <> · <Link href={`/documents/${view.pair.orderId}`}>приказ о закреплении</Link></>
        )}
        {view.pair.terminationOrderId && (
          <> · <Link href={`/documents/${view.pair.terminationOrderId}`}>приказ о прекращении</Link></>
        )}
      </p>
      {view.missing.length > 0 && (
        <div className="notice" data-testid="pair-missing">
          <p>Не хватает документов:</p>
          <ul>{view.missing.map((m) => <li key={`${m.id}-${m.kind}`}>{m.message}</li>)}</ul>
        </div>
      )}

      <h2>Участники и согласия</h2>
      {members.map((m, i) => (
        <section className="card" key={`${m.subject}-${m.id}`} data-testid={`member-${i}`}>
          <h3>{m.role === 'mentor' ? 'Наставник' : 'Наставляемый'}: {m.label}</h3>
          <table className="data">
            <thead>
              <tr><th>Документ</th><th>Состояние</th><th>Дата</th><th>Подписал</th><th>Бланк</th></tr>
            </thead>
            <tbody>
              {kindsOf(m).map((k) => {
                const r = m.records[k];
                const g = r?.guardianId ? guardianRows.find((x) => x.id === r.guardianId) : null;
                return (
                  <tr key={k}>
                    <td>{STUDENT_CONSENT_KIND_LABELS[k]}</td>
                    <td>{CONSENT_STATUS_LABELS[r?.status ?? 'missing']}{r?.scanId ? ' · скан' : ''}</td>
                    <td>{r?.receivedOn ? formatDate(r.receivedOn) : r?.closedOn ? formatDate(r.closedOn) : '—'}</td>
                    <td>{g ? `${g.lastName} ${g.firstName}${r?.cosignedByPupil ? ' и обучающийся' : ''}` : m.subject === 'pupil' ? '—' : 'лично'}</td>
                    <td>{r?.documentId ? <a href={`/documents/${r.documentId}/download/document.pdf`}>PDF</a> : '—'}</td>
                  </tr>
                );
              })}
              {m.subject === 'teacher' && (
                <>
                  <tr><td>согласие работника на обработку персональных данных</td><td>{m.staffPersonalData ? 'получено' : 'нет'} (раздел «Согласия»)</td><td colSpan={3} /></tr>
                  <tr><td>дополнительное соглашение (ст. 351.8 ТК РФ)</td><td>{m.agreementSigned ? 'подписано' : 'нет'}</td><td colSpan={3} /></tr>
                </>
              )}
            </tbody>
          </table>
          {missingOf(m).length === 0 && <p className="muted">Все документы участника получены.</p>}
          {manage && open && m.leftOn === null && (
            <div className="stack">
              <details>
                <summary>Отметить полученное согласие</summary>
                <StudentActionForm action={recordStudentConsentAction} submit="Отметить" label={`Согласие: ${m.label}`}>
                  {subjectFields(m)}
                  {kindSelect(m, `rec-kind-${i}`)}
                  <div className="field">
                    <label htmlFor={`rec-status-${i}`}>Отметка</label>
                    <select id={`rec-status-${i}`} name="status">
                      <option value="received">получено</option>
                      <option value="declined">отказ</option>
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor={`rec-date-${i}`}>Дата</label>
                    <DateField id={`rec-date-${i}`} name="date" defaultValue={today} required />
                  </div>
                  {guardianSelect(m, `rec-guardian-${i}`)}
                  {m.subject === 'pupil' && (
                    <label className="row">
                      <input type="checkbox" name="cosigned" /> подписал и обучающийся{settings.cosignAge !== null ? ` (обязательно с ${settings.cosignAge} лет)` : ''}
                    </label>
                  )}
                  <div className="field">
                    <label htmlFor={`rec-scan-${i}`}>Скан (PDF, JPEG, PNG)</label>
                    <input id={`rec-scan-${i}`} name="scan" type="file" accept=".pdf,.jpg,.jpeg,.png" />
                  </div>
                </StudentActionForm>
              </details>
              <details>
                <summary>Сформировать бланк согласия</summary>
                <StudentActionForm action={studentConsentFormAction} submit="Сформировать бланк" label={`Бланк: ${m.label}`}>
                  {subjectFields(m)}
                  {kindSelect(m, `form-kind-${i}`)}
                  {guardianSelect(m, `form-guardian-${i}`)}
                </StudentActionForm>
              </details>
              <details>
                <summary>Отметить отзыв согласия</summary>
                <p className="muted">Отзыв согласия наставляемого закреплённой пары прекращает его участие приказом, который издаётся сразу: пара прекращается, а из группы обучающийся исключается.</p>
                <StudentActionForm
                  action={withdrawStudentConsentAction}
                  submit="Отметить отзыв"
                  label={`Отзыв: ${m.label}`}
                  confirm={{ title: 'Отметить отзыв согласия?', message: 'Если пара закреплена приказом, участие обучающегося будет прекращено приказом с этой даты.', confirmLabel: 'Отметить отзыв' }}
                >
                  {subjectFields(m)}
                  {kindSelect(m, `wd-kind-${i}`)}
                  <div className="field">
                    <label htmlFor={`wd-date-${i}`}>Дата отзыва</label>
                    <DateField id={`wd-date-${i}`} name="date" defaultValue={today} required />
                  </div>
                </StudentActionForm>
              </details>
            </div>
          )}
          {m.leftOn && <p className="notice">Исключён(а) из группы с {formatDate(m.leftOn)}.</p>}
        </section>
      ))}
      {view.left.map((m) => (
        <p key={m.id} className="muted">{m.label} — участие прекращено с {formatDate(m.leftOn!)}.</p>
      ))}

      {manage && view.mentorKind === 'teacher' && open && (
        <section className="card">
          <h2>Дополнительное соглашение педагога</h2>
          <StudentActionForm action={studentAgreementAction} submit="Привязать соглашение" label="Дополнительное соглашение">
            <input type="hidden" name="pairId" value={view.pair.id} />
            <select name="documentId" aria-label="Соглашение" defaultValue={view.pair.agreementId ?? ''}>
              <option value="">— выберите изданное соглашение —</option>
              {agreements.map((a) => (
                <option key={a.id} value={a.id}>№ {a.number ?? '—'} от {a.issueDate ? formatDate(a.issueDate) : '—'}: {a.title}</option>
              ))}
            </select>
          </StudentActionForm>
        </section>
      )}

      <h2>Встречи (этап 6)</h2>
      {meetings.length === 0 ? (
        <p className="notice">Встреч пока нет.</p>
      ) : (
        <table className="data" data-testid="meetings">
          <thead><tr><th>Дата</th><th>Тема</th><th>Обратная связь</th></tr></thead>
          <tbody>
            {meetings.map((m) => (
              <tr key={m.id}><td>{formatDate(m.heldOn)}</td><td>{m.topic}</td><td>{m.feedback || '—'}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      {manage && view.pair.status === 'active' && (
        <section className="card">
          <h3>Записать встречу</h3>
          <StudentActionForm action={studentMeetingAction} submit="Записать встречу" label="Встреча">
            <input type="hidden" name="pairId" value={view.pair.id} />
            <div className="field"><label htmlFor="meet-date">Дата</label><DateField id="meet-date" name="heldOn" defaultValue={today} required /></div>
            <div className="field"><label htmlFor="meet-topic">Тема</label><input id="meet-topic" name="topic" required /></div>
            <div className="field"><label htmlFor="meet-feedback">Обратная связь</label><textarea id="meet-feedback" name="feedback" rows={2} /></div>
          </StudentActionForm>
        </section>
      )}

      <h2>Итоги (этап 7)</h2>
      {view.pair.results ? <p data-testid="pair-results">{view.pair.results}{view.pair.best ? ' — лучшая пара' : ''}</p> : <p className="notice">Итоги не записаны.</p>}
      {manage && view.pair.status === 'active' && (
        <StudentActionForm action={studentResultsAction} submit="Сохранить итоги" label="Итоги">
          <input type="hidden" name="pairId" value={view.pair.id} />
          <div className="field"><label htmlFor="res-text">Результаты</label><textarea id="res-text" name="results" rows={3} defaultValue={view.pair.results ?? ''} required /></div>
          <label className="row"><input type="checkbox" name="best" defaultChecked={view.pair.best} /> лучшая пара</label>
        </StudentActionForm>
      )}
    </>
  );
}
