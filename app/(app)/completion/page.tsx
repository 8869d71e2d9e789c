import type { Metadata } from 'next';
import Link from 'next/link';
import { CompletePairForm } from '@/components/completion/complete-pair-form';
import { ResultsOrderForm } from '@/components/completion/results-order-form';
import { fullNameOf , formatDate, initialsAfter } from '@/lib/core/russian';
import { personNameOf } from '@/lib/domain/mentoring/staff';
import { PAIR_STATUS_LABELS } from '@/lib/domain/mentoring/vocabulary';
import { schoolYearOf } from '@/lib/domain/school/introduction-defaults';
import { todayIso } from '@/lib/server/clock';
import { loadCompletion } from '@/lib/server/completion/load-completion';
import { scopedPage } from '@/lib/server/scoped-read';
import { completePairAction, prepareResultsOrderAction } from './actions';

export const metadata: Metadata = { title: 'Подведение итогов' };

export default async function CompletionPage() {
  const { read } = await scopedPage('mentoring.manage');
  const { active, finished, draft, issued, rewardDraft, rewardIssued } = await read(loadCompletion);
  const today = todayIso();
  const label = (p: (typeof active)[number]) => `${fullNameOf(p.mentor)} → ${p.mentees.map((m) => initialsAfter(m)).join(', ')}`;
  const mentors = [...new Map(finished.map((p) => [p.mentor.id, p.mentor])).values()];
  const year = schoolYearOf(today);
  return (
    <>
      <h1>Подведение итогов</h1>
      <h2>Действующие пары</h2>
      {active.length === 0 ? (
        <p className="muted">Пар, закреплённых приказом и ещё не завершённых, нет.</p>
      ) : (
        active.map((p) => (
          <div className="card" key={p.pair.id} data-pair={p.pair.id}>
            <p>
              <strong>{label(p)}</strong> <span className="muted">({formatDate(p.pair.startDate)} – {formatDate(p.pair.endDate)})</span>
            </p>
            <CompletePairForm pairId={p.pair.id} pairLabel={label(p)} today={today} action={completePairAction} />
          </div>
        ))
      )}
      <h2>Итоги пар</h2>
      {finished.length === 0 ? (
        <p className="muted">Завершённых пар пока нет.</p>
      ) : (
        <table className="data" data-testid="finished-pairs">
          <thead>
            <tr>
              <th>Пара</th>
              <th>Состояние</th>
              <th>Результаты</th>
              <th>Отзывы</th>
            </tr>
          </thead>
          <tbody>
            {finished.map((p) => (
              <tr key={p.pair.id}>
                <td>{label(p)}</td>
                <td>
                  {PAIR_STATUS_LABELS[p.pair.status]}
                  {p.pair.endedOn && `, ${formatDate(p.pair.endedOn)}`}
                </td>
                <td>{p.pair.results ?? '—'}</td>
                <td>
                  {p.pair.mentorFeedback && <div>Наставник: {p.pair.mentorFeedback}</div>}
                  {p.pair.menteeFeedback && <div>Наставляемый: {p.pair.menteeFeedback}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Приказ об итогах и приказ о поощрении наставников</h2>
      <p className="muted">
        Итоги — приказ по основной деятельности; благодарность, грамота и премия — приказ по личному составу «О поощрении наставников» (ст. 191 ТК РФ), он
        готовится из той же формы, если выбраны наставники.
      </p>
      {issued && (
        <p>
          <span className="badge done">издан</span> <Link href={`/documents/${issued.id}`}>{issued.title}</Link> № {issued.number} от {formatDate(issued.issueDate!)}
        </p>
      )}
      {draft && (
        <p className="notice">
          Проект приказа подготовлен: <Link href={`/documents/${draft.id}`}>проверить и издать в реестре</Link>. Сохранение формы ниже обновит этот проект.
        </p>
      )}
      {rewardIssued && (
        <p>
          <span className="badge done">издан</span> <Link href={`/documents/${rewardIssued.id}`}>{rewardIssued.title}</Link> № {rewardIssued.number} от{' '}
          {formatDate(rewardIssued.issueDate!)}
        </p>
      )}
      {rewardDraft && (
        <p className="notice" data-testid="reward-order">
          Проект приказа о поощрении подготовлен: <Link href={`/documents/${rewardDraft.id}`}>проверить и издать в реестре</Link>.
        </p>
      )}
      {finished.length === 0 ? (
        <p className="muted">Приказ готовится, когда есть завершённые пары.</p>
      ) : (
        <ResultsOrderForm
          // A form's rows are fixed when it mounts: another finished pair is a new form.
          key={finished.map((p) => p.pair.id).join()}
          pairs={finished.map((p) => ({ id: p.pair.id, label: label(p), terminated: p.pair.status === 'terminated' }))}
          mentors={mentors.map((m) => ({ id: m.id, name: personNameOf(m), label: `${fullNameOf(m)}, ${m.position}` }))}
          action={prepareResultsOrderAction}
          defaults={{
            period: `в ${year}/${year + 1} учебном году`,
            pairs: finished.map((p) => ({ pairId: p.pair.id, chosen: true, outcome: p.pair.status === 'terminated' ? 'terminated' : 'completed' })),
            mentors: mentors.map((m) => ({ mentorId: m.id, chosen: false, kind: 'gratitude', size: '', merit: 'высокие результаты наставнической деятельности' })),
          }}
        />
      )}
    </>
  );
}
