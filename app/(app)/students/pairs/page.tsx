import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { IssueForm } from '@/components/documents/issue-form';
import { DateField } from '@/components/form/date-field';
import { ActionButton } from '@/components/pairs/action-button';
import { StudentActionForm } from '@/components/students/pairs/student-action-form';
import { addMonths } from '@/lib/core/calendar/iso-dates';
import { formatDate } from '@/lib/core/russian';
import { PAIR_STATUS_LABELS } from '@/lib/domain/mentoring/vocabulary';
import { can } from '@/lib/domain/permissions';
import { mentorsForForm, STUDENT_PAIR_KINDS } from '@/lib/domain/students/matching';
import { todayIso } from '@/lib/server/clock';
import { nextNumber } from '@/lib/server/documents/next-number';
import { scopedPage } from '@/lib/server/scoped-read';
import { listStudentBases } from '@/lib/server/students/bases';
import { currentStudentPairOrderDraft } from '@/lib/server/students/pair-order';
import { listStudentPairs } from '@/lib/server/students/pairs-read';
import { createStudentPairAction, issueStudentPairOrderAction, issueStudentResultsOrderAction, prepareStudentPairOrderAction } from './actions';

export const metadata: Metadata = { title: 'Пары и группы обучающихся' };

export default async function StudentPairsPage() {
  const { scope, read } = await scopedPage();
  const manage = can(scope, 'students.manage');
  // A teacher sees the pairs they mentor (and their pupils); nobody else outside the school's management.
  if (!manage && scope.role !== 'teacher') notFound();
  const today = todayIso();
  const pairs = await read(listStudentPairs);
  const table = (
    <table className="data" data-testid="student-pairs">
      <thead>
        <tr><th>Наставник</th><th>Наставляемые</th><th>Форма</th><th>Срок</th><th>Состояние</th><th>Согласия</th></tr>
      </thead>
      <tbody>
        {pairs.map((p) => (
          <tr key={p.pair.id}>
            <td><Link href={`/students/pairs/${p.pair.id}`}>{p.mentor.label}</Link></td>
            <td>{p.mentees.map((m) => m.label).join(', ')}</td>
            <td>{p.form.name}{p.variant ? ` (${p.variant})` : ''}</td>
            <td>{formatDate(p.pair.startDate)} – {formatDate(p.pair.endDate)}</td>
            <td>{PAIR_STATUS_LABELS[p.pair.status]}</td>
            <td>{p.complete ? 'все получены' : `не хватает: ${p.missing.length}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!manage) {
    return (
      <>
        <h1>Мои пары и группы обучающихся</h1>
        {pairs.length ? table : <p className="notice">Вы не наставник ни одной пары обучающихся.</p>}
      </>
    );
  }
  const [bases, draft] = await Promise.all([read(listStudentBases, today), read(currentStudentPairOrderDraft)]);
  const start = today;
  const forming = pairs.filter((p) => p.pair.status === 'forming');
  const withResults = pairs.filter((p) => p.pair.status === 'active' && p.pair.results);
  return (
    <>
      <h1>Пары и группы обучающихся</h1>
      <p className="muted">
        Этапы 5–7 целевой модели (Р-145). Наставляемые и наставники — из <Link href="/students/bases">баз</Link>.
      </p>

      <section className="card">
        <h2>Сформировать пару или группу</h2>
        <StudentActionForm action={createStudentPairAction} submit="Сформировать" multi={['menteeIds']} label="Сформировать пару">
          <div className="field">
            <label htmlFor="pair-form">Форма наставничества</label>
            <select id="pair-form" name="formId" required>
              {bases.forms.map((f) => (
                <option key={f.id} value={f.id}>{f.name}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="pair-variant">Ролевая модель</label>
            <select id="pair-variant" name="variantId">
              <option value="">— не указана —</option>
              {bases.forms.map((f) => (
                <optgroup key={f.id} label={f.name}>
                  {f.variants.map((v) => (
                    <option key={v.id} value={v.id}>{v.name}</option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="pair-mentor">Наставник</label>
            <select id="pair-mentor" name="mentorId" required>
              <option value="">— выберите —</option>
              {bases.forms.map((f) => (
                <optgroup key={f.id} label={`Форма «${f.name}»`}>
                  {mentorsForForm(f, bases.mentors, start).map((m) => (
                    <option key={m.id} value={m.id}>{m.label} — свободно {m.capacity - m.load}</option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <fieldset>
            <legend>Наставляемые</legend>
            {bases.mentees.length === 0 && <p className="muted">База наставляемых пуста.</p>}
            {bases.mentees.map((m) => (
              <label key={m.pupilId} className="row">
                <input type="checkbox" name="menteeIds" value={m.pupilId} /> {m.label}{m.request ? ` — ${m.request}` : ''}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="pair-kind">Вид наставничества</label>
            <select id="pair-kind" name="kind">
              {STUDENT_PAIR_KINDS.map((k) => (
                <option key={k} value={k}>{k}</option>
              ))}
            </select>
          </div>
          <div className="row">
            <div className="field">
              <label htmlFor="pair-start">Начало</label>
              <DateField id="pair-start" name="startDate" defaultValue={start} required />
            </div>
            <div className="field">
              <label htmlFor="pair-end">Окончание</label>
              <DateField id="pair-end" name="endDate" defaultValue={addMonths(start, 8)} required />
            </div>
          </div>
        </StudentActionForm>
      </section>

      <h2>Пары и группы</h2>
      {pairs.length ? table : <p className="notice">Пар пока нет.</p>}

      <h2>Приказ «О закреплении наставнических пар (групп) обучающихся»</h2>
      <p className="muted">
        В приказ входят формируемые пары, у которых получены все согласия; без них приказ не готовится и не издаётся,
        и приложение говорит, чьих согласий не хватает. Формируется {forming.length},
        готовы {forming.filter((p) => p.complete).length}.
      </p>
      <ActionButton action={prepareStudentPairOrderAction} input={{}} label={draft ? 'Обновить проект приказа' : 'Подготовить проект приказа'} pendingLabel="Подготовка…" />
      {draft && (
        <div className="card" data-testid="student-order-draft">
          <p>
            Проект приказа: <Link href={`/documents/${draft.id}`}>открыть</Link> · <a href={`/documents/${draft.id}/download/document.pdf`}>PDF</a>
          </p>
          <IssueForm documentId={draft.id} today={today} numbered nextNumber={await read(nextNumber, draft.id, today)} action={issueStudentPairOrderAction} />
        </div>
      )}

      <h2>Итоги и приказ об итогах (этап 7)</h2>
      <p className="muted">Пар с записанными итогами: {withResults.length}; лучших: {withResults.filter((p) => p.pair.best).length}. Итоги записываются на странице пары.</p>
      <StudentActionForm
        action={issueStudentResultsOrderAction}
        submit="Издать приказ об итогах"
        label="Приказ об итогах"
        confirm={{ title: 'Издать приказ об итогах?', message: 'Приказ получит следующий номер, пары с итогами будут завершены.', confirmLabel: 'Издать' }}
      >
        <div className="row">
          <div className="field">
            <label htmlFor="results-date">Дата приказа</label>
            <DateField id="results-date" name="issueDate" defaultValue={today} required />
          </div>
          <div className="field">
            <label htmlFor="results-period">Период</label>
            <input id="results-period" name="period" placeholder="в 2026/2027 учебном году" />
          </div>
        </div>
      </StudentActionForm>
    </>
  );
}
