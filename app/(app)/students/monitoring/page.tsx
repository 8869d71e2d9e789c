import type { Metadata } from 'next';
import Link from 'next/link';
import { ReportForm } from '@/components/students/monitoring/report-form';
import { formatDate } from '@/lib/core/russian';
import { can } from '@/lib/domain/permissions';
import { ROLE_LABELS, STAGE_LABELS } from '@/lib/domain/students/questionnaires';
import { formatChange, formatDistribution, formatScore, type GrowthRow, SWOT_THRESHOLDS } from '@/lib/domain/students/swot';
import { todayIso } from '@/lib/server/clock';
import { scopedPage } from '@/lib/server/scoped-read';
import { loadStudentMonitoring } from '@/lib/server/students/monitoring';
import { schoolYearOf } from '@/lib/server/students/questionnaires';
import { createMonitoringReportAction } from './actions';

export const metadata: Metadata = { title: 'Мониторинг наставничества обучающихся' };

const fillHref = (p: Record<string, string | null>) =>
  `/students/monitoring/fill?${new URLSearchParams(Object.entries(p).filter((e): e is [string, string] => Boolean(e[1]))).toString()}`;

function GrowthTable({ rows, head, testId }: { rows: GrowthRow[]; head: string; testId: string }) {
  const questions = rows[0]?.changes ?? [];
  return (
    <div style={{ overflowX: 'auto' }}>
      <table className="data" data-testid={testId} tabIndex={0}>
        <thead>
          <tr>
            <th>{head}</th>
            <th>Участников</th>
            {questions.map((q) => (
              <th key={q.key}>{q.text}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <td>{r.label}</td>
              <td>{r.matched}</td>
              {r.changes.map((c) => (
                <td key={c.key}>
                  {formatScore(c.before)} → {formatScore(c.after)} ({formatChange(c.change)})
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function StudentMonitoringPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const { scope, read } = await scopedPage('programs.mark');
  const { saved } = await searchParams;
  const manages = can(scope, 'students.manage');
  const m = await read(loadStudentMonitoring);
  const today = todayIso();
  return (
    <>
      <h1>Мониторинг программы наставничества обучающихся</h1>
      <p className="muted">
        Этап 1 — оценка качества программы: анкеты наставников, наставляемых и куратора (оценки от 1 до 10 и открытые вопросы). Этап 2 — личностный рост
        участников: одна и та же анкета до начала и по завершении программы.
      </p>
      {saved && (
        <p className="form-ok" role="status">
          Анкета сохранена.
        </p>
      )}
      <p className="row">
        <a className="button secondary" href="/students/monitoring/blanks/questionnaires.pdf">
          Бланки анкет (PDF)
        </a>
        <a className="button secondary" href="/students/monitoring/blanks/questionnaires.docx">
          Бланки анкет (DOCX)
        </a>
        {manages && (
          <Link className="button" href={fillHref({ role: 'curator', stage: 'quality' })}>
            Анкета куратора
          </Link>
        )}
      </p>
      {manages && (
        <p className="muted" data-testid="curator-filled">
          Анкет куратора: {m.curator.length}
          {m.curator.length > 0 && <> (последняя — {formatDate(m.curator[m.curator.length - 1]!.filledOn)})</>}.
        </p>
      )}

      <h2>Анкеты пар и групп</h2>
      {m.pairs.length === 0 ? (
        <p className="muted">Пар и групп с изданным приказом о закреплении пока нет.</p>
      ) : (
        m.pairs.map(({ pair, slots }) => (
          <section key={pair.id} className="card" style={{ marginBottom: '1rem' }} data-testid="pair-questionnaires">
            <h3>
              {pair.formName}: {pair.mentorName} — {pair.mentees.map((x) => x.name).join(', ')}
            </h3>
            <p className="muted">
              {formatDate(pair.startDate)} — {formatDate(pair.endDate)}
            </p>
            <div style={{ overflowX: 'auto' }}>
              <table className="data" tabIndex={0}>
                <thead>
                  <tr>
                    <th>Анкета</th>
                    <th>Этап</th>
                    <th>Состояние</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {slots.map((s) => {
                    const mayFill = manages || (s.role === 'mentor' && pair.mentorPersonId === scope.personId);
                    return (
                      <tr key={`${s.role}-${s.pupilId}-${s.stage}`}>
                        <td>{s.label}</td>
                        <td>{STAGE_LABELS[s.stage]}</td>
                        <td>
                          {s.filled ? (
                            <span className="badge done">
                              заполнена {formatDate(s.filled.filledOn)}
                              {s.filled.source === 'paper' ? ' (с бумаги)' : ''}
                            </span>
                          ) : (
                            <span className="badge todo">не заполнена</span>
                          )}
                        </td>
                        <td>
                          {mayFill && (
                            <Link href={fillHref({ pair: pair.id, pupil: s.pupilId, role: s.role, stage: s.stage })}>{s.filled ? 'Изменить' : 'Заполнить'}</Link>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        ))
      )}

      <h2>Этап 1: оценка качества программы</h2>
      {m.quality.length === 0 ? (
        <p className="muted">Анкеты этапа 1 ещё не заполнены.</p>
      ) : (
        <>
          <div style={{ overflowX: 'auto' }}>
            <table className="data" data-testid="quality-summary" tabIndex={0}>
              <thead>
                <tr>
                  <th>Респондент</th>
                  <th>Вопрос</th>
                  <th>Ответов</th>
                  <th>Средняя оценка</th>
                  <th>Распределение</th>
                </tr>
              </thead>
              <tbody>
                {m.summary
                  .filter((s) => s.count > 0)
                  .map((s) => (
                    <tr key={`${s.role}-${s.key}`}>
                      <td>{ROLE_LABELS[s.role]}</td>
                      <td>{s.text}</td>
                      <td>{s.count}</td>
                      <td>{formatScore(s.mean)}</td>
                      <td>{formatDistribution(s.distribution)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
          <h3>Сильные и слабые стороны</h3>
          <p className="muted">
            Сильная сторона — средняя оценка не ниже {SWOT_THRESHOLDS.strength}, слабая — ниже {SWOT_THRESHOLDS.weakness}.
          </p>
          <div className="grid" data-testid="swot">
            <div className="card">
              <strong>Сильные стороны</strong>
              <ul>
                {m.swot.strengths.length === 0 && <li>не выявлено</li>}
                {m.swot.strengths.map((s) => (
                  <li key={`${s.role}-${s.text}`}>
                    {s.text} ({ROLE_LABELS[s.role]}: {formatScore(s.mean)})
                  </li>
                ))}
              </ul>
            </div>
            <div className="card">
              <strong>Слабые стороны</strong>
              <ul>
                {m.swot.weaknesses.length === 0 && <li>не выявлено</li>}
                {m.swot.weaknesses.map((s) => (
                  <li key={`${s.role}-${s.text}`}>
                    {s.text} ({ROLE_LABELS[s.role]}: {formatScore(s.mean)})
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </>
      )}

      <h2>Этап 2: личностный рост участников</h2>
      {m.growth.forms.length === 0 ? (
        <p className="muted">Нет участников, у которых заполнены обе анкеты — до начала и по завершении программы.</p>
      ) : (
        <>
          <h3>По формам наставничества</h3>
          <GrowthTable rows={m.growth.forms} head="Форма" testId="growth-forms" />
          <h3>По парам и группам</h3>
          <GrowthTable rows={m.growth.pairs} head="Пара (группа)" testId="growth-pairs" />
        </>
      )}
      {m.growth.unmatched > 0 && <p className="muted">Без второй анкеты (не входят в расчёт изменения): {m.growth.unmatched}.</p>}

      {manages && (
        <>
          <h2>Отчёт о мониторинге</h2>
          <p className="muted">Отчёт (DOCX и PDF) составляется по анкетам за период и открывается в реестре документов для просмотра и утверждения.</p>
          <ReportForm action={createMonitoringReportAction} defaults={{ periodFrom: schoolYearOf(today), periodTo: today }} />
        </>
      )}
    </>
  );
}
