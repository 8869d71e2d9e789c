import type { Metadata } from 'next';
import Link from 'next/link';
import { MenteeForm } from '@/components/banks/mentee-form';
import { MentorForm } from '@/components/banks/mentor-form';
import { MentorListOrderForm } from '@/components/banks/mentor-list-order-form';
import { StatusLabel } from '@/components/documents/status-label';
import { fullNameOf , formatDate } from '@/lib/core/russian';
import { MENTEE_CATEGORY_LABELS } from '@/lib/domain/mentoring/vocabulary';
import { experienceOn, isYoungSpecialist } from '@/lib/domain/people/years';
import { schoolYearPeriodOf } from '@/lib/domain/school/school-year';
import { TRAINING_LABELS } from '@/lib/domain/validations/banks';
import { listBanks } from '@/lib/server/banks/list-banks';
import { todayIso } from '@/lib/server/clock';
import { scopedPage } from '@/lib/server/scoped-read';
import { createMentorListOrderAction, saveMenteeAction, saveMentorAction } from './actions';

export const metadata: Metadata = { title: 'Банки наставников и наставляемых' };

const years = (n: number | null) => (n === null ? '—' : String(n));

export default async function BanksPage() {
  const { read } = await scopedPage('mentoring.manage');
  const banks = await read(listBanks);
  const today = todayIso();
  const candidates = banks.candidates.map((p) => ({
    id: p.id,
    label: `${fullNameOf(p)}${p.position ? ` — ${p.position}` : ''}`,
    youngSpecialist: isYoungSpecialist(p.pedagogicalStart, today),
  }));
  return (
    <>
      <h1>Банки наставников и наставляемых</h1>

      <h2>Наставляемые ({banks.mentees.length})</h2>
      {banks.mentees.length === 0 ? (
        <p className="notice">Банк наставляемых пуст.</p>
      ) : (
        <table className="data" data-testid="mentees">
          <thead>
            <tr>
              <th>Ф.И.О.</th>
              <th>Должность</th>
              <th>Стаж, лет</th>
              <th>Категория</th>
              <th>Дефициты и запросы</th>
              <th>В паре</th>
            </tr>
          </thead>
          <tbody>
            {banks.mentees.map(({ person, profile, paired }) => (
              <tr key={person.id}>
                <td>
                  <Link href={`/banks/${person.id}`}>{fullNameOf(person)}</Link>
                </td>
                <td>{person.position}</td>
                <td>{years(experienceOn(person.pedagogicalStart, today))}</td>
                <td>{MENTEE_CATEGORY_LABELS[profile.category]}</td>
                <td>
                  {profile.deficits.join('; ')}
                  {profile.requests && <div className="muted">{profile.requests}</div>}
                </td>
                <td>{paired ? 'да' : 'нет'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Наставники ({banks.mentors.length})</h2>
      {banks.mentors.length === 0 ? (
        <p className="notice">Банк наставников пуст.</p>
      ) : (
        <table className="data" data-testid="mentors">
          <thead>
            <tr>
              <th>Ф.И.О.</th>
              <th>Должность и предметы</th>
              <th>Стаж, лет</th>
              <th>Компетенции</th>
              <th>Наставляемых</th>
              <th>Обучение</th>
            </tr>
          </thead>
          <tbody>
            {banks.mentors.map(({ person, profile, load, limit }) => (
              <tr key={person.id}>
                <td>
                  <Link href={`/banks/${person.id}`}>{fullNameOf(person)}</Link>
                </td>
                <td>
                  {person.position}
                  {person.subjects.length > 0 && <div className="muted">{person.subjects.join(', ')}</div>}
                </td>
                <td>{years(experienceOn(person.pedagogicalStart, today))}</td>
                <td>{profile.competences.join('; ')}</td>
                <td>
                  {load} из {limit}
                </td>
                <td>{TRAINING_LABELS[profile.training]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {candidates.length === 0 ? (
        <p className="muted">
          Все сотрудники уже в банках. Новых сотрудников добавляют на странице <Link href="/staff">«Сотрудники»</Link>.
        </p>
      ) : (
        <>
          <div className="card">
            <h2>Добавить наставляемого</h2>
            <MenteeForm candidates={candidates} action={saveMenteeAction} defaults={{ personId: '', category: 'deficits', deficits: '', requests: '' }} />
          </div>
          <div className="card">
            <h2>Добавить наставника</h2>
            <MentorForm
              candidates={candidates}
              orgMax={banks.maxMenteesPerMentor}
              action={saveMentorAction}
              defaults={{ personId: '', competences: '', capacity: String(Math.min(2, banks.maxMenteesPerMentor)), training: 'none' }}
            />
          </div>
        </>
      )}

      <h2>Приказ об утверждении методического актива</h2>
      <div className="card">
        {banks.order && (
          <p>
            <StatusLabel status={banks.order.status} /> {banks.order.number && <>№ {banks.order.number} </>}
            {banks.order.issueDate && <>от {formatDate(banks.order.issueDate)} </>}
            <Link href={`/documents/${banks.order.id}`}>открыть</Link>
            {banks.order.status === 'draft' && <span className="muted"> — подготовка ниже обновит этот проект по текущему банку.</span>}
          </p>
        )}
        {banks.mentors.length === 0 ? (
          <p className="muted">Приказ готовится из банка наставников: сначала добавьте наставников.</p>
        ) : (
          <MentorListOrderForm
            // A form's rows are fixed when it mounts: another mentor in the bank is a new form.
            key={banks.mentors.map((m) => m.person.id).join()}
            mentors={banks.mentors.map((m) => ({ id: m.person.id, name: fullNameOf(m.person) }))}
            action={createMentorListOrderAction}
            defaults={{ period: schoolYearPeriodOf(today), categories: banks.mentors.map((m) => ({ personId: m.person.id, category: '' })) }}
          />
        )}
      </div>
    </>
  );
}
