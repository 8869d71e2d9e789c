import type { Metadata } from 'next';
import Link from 'next/link';
import { StudentActionForm } from '@/components/students/pairs/student-action-form';
import { formatDate } from '@/lib/core/russian';
import { TRAINING_LABELS } from '@/lib/domain/mentoring/vocabulary';
import { MIN_PUPIL_MENTOR_AGE } from '@/lib/domain/students/age';
import { STUDENT_MENTOR_KIND_LABELS } from '@/lib/domain/students/vocabulary';
import { todayIso } from '@/lib/server/clock';
import { scopedPage } from '@/lib/server/scoped-read';
import { listStudentBases } from '@/lib/server/students/bases';
import { addStudentMenteeAction, addStudentMentorAction, setStudentMentorStageAction } from './actions';

export const metadata: Metadata = { title: 'Базы наставляемых и наставников обучающихся' };

export default async function StudentBasesPage() {
  const { read } = await scopedPage('students.manage');
  const today = todayIso();
  const bases = await read(listStudentBases, today);
  const olderPupils = bases.candidates.pupils.filter((p) => p.age >= MIN_PUPIL_MENTOR_AGE);
  return (
    <>
      <h1>Базы наставляемых и наставников обучающихся</h1>
      <p className="muted">
        Этапы 2–4 целевой модели (Р-145): запросы наставляемых, база наставников, отбор и обучение. Пары формируются на странице{' '}
        <Link href="/students/pairs">«Пары и группы обучающихся»</Link>.
      </p>

      <h2>База наставляемых</h2>
      {bases.mentees.length === 0 ? (
        <p className="notice">В базе наставляемых пока никого нет.</p>
      ) : (
        <table className="data">
          <thead>
            <tr><th>Обучающийся</th><th>Дата рождения</th><th>Запрос</th><th>Включён</th></tr>
          </thead>
          <tbody>
            {bases.mentees.map((m) => (
              <tr key={m.pupilId}>
                <td>{m.label}</td>
                <td>{formatDate(m.birthDate)}</td>
                <td>{m.request || '—'}</td>
                <td>{formatDate(m.addedOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section className="card">
        <h3>Включить в базу наставляемых</h3>
        <StudentActionForm action={addStudentMenteeAction} submit="Включить" label="Включить в базу наставляемых">
          <div className="field">
            <label htmlFor="mentee-pupil">Обучающийся</label>
            <select id="mentee-pupil" name="pupilId" required>
              <option value="">— выберите —</option>
              {bases.candidates.pupils.map((p) => (
                <option key={p.id} value={p.id}>{p.label}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="mentee-request">Запрос (из анкеты)</label>
            <textarea id="mentee-request" name="request" rows={2} />
          </div>
          <input type="hidden" name="addedOn" value={today} />
        </StudentActionForm>
      </section>

      <h2>База наставников</h2>
      {bases.mentors.length === 0 ? (
        <p className="notice">В базе наставников пока никого нет.</p>
      ) : (
        <table className="data">
          <thead>
            <tr><th>Наставник</th><th>Кто</th><th>Компетенции</th><th>Наставляемых</th><th>Отбор и обучение (этап 4)</th></tr>
          </thead>
          <tbody>
            {bases.mentors.map((m) => (
              <tr key={m.id}>
                <td>{m.label}</td>
                <td>{m.kindLabel}</td>
                <td>{m.competences.join('; ') || '—'}</td>
                <td>{m.load} из {m.capacity}</td>
                <td>
                  <StudentActionForm action={setStudentMentorStageAction} submit="Сохранить" className="row" label={`Отбор: ${m.label}`}>
                    <input type="hidden" name="mentorId" value={m.id} />
                    <label><input type="checkbox" name="selected" defaultChecked={m.selected} /> отобран</label>
                    <select name="training" defaultValue={m.training} aria-label="Обучение">
                      {(['none', 'in_progress', 'completed'] as const).map((k) => (
                        <option key={k} value={k}>{TRAINING_LABELS[k]}</option>
                      ))}
                    </select>
                  </StudentActionForm>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section className="card">
        <h3>Включить в базу наставников</h3>
        <p className="muted">Обучающийся — с {MIN_PUPIL_MENTOR_AGE} лет; педагог — сотрудник школы; студент или представитель работодателя — из списка внешних наставников.</p>
        <StudentActionForm action={addStudentMentorAction} submit="Включить" label="Включить в базу наставников">
          <div className="field">
            <label htmlFor="mentor-subject">Наставник</label>
            <select id="mentor-subject" name="choice" required>
              <option value="">— выберите —</option>
              <optgroup label="Обучающиеся (15+)">
                {olderPupils.map((p) => (
                  <option key={p.id} value={`pupil:${p.id}`}>{p.label}, {p.age} лет</option>
                ))}
              </optgroup>
              <optgroup label="Педагоги">
                {bases.candidates.staff.map((s) => (
                  <option key={s.id} value={`teacher:${s.id}`}>{s.label}</option>
                ))}
              </optgroup>
              <optgroup label="Внешние наставники">
                {bases.candidates.externals.map((e) => (
                  <option key={e.id} value={`${e.kind}:${e.id}`}>{e.label} — {STUDENT_MENTOR_KIND_LABELS[e.kind]}</option>
                ))}
              </optgroup>
            </select>
          </div>
          <div className="field">
            <label htmlFor="mentor-competences">Компетенции (через точку с запятой)</label>
            <input id="mentor-competences" name="competences" />
          </div>
          <div className="field">
            <label htmlFor="mentor-capacity">Наставляемых не больше</label>
            <input id="mentor-capacity" name="capacity" type="number" min={1} max={15} defaultValue={2} />
          </div>
          <input type="hidden" name="addedOn" value={today} />
        </StudentActionForm>
      </section>
    </>
  );
}
