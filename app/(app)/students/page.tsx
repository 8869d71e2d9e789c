import type { Metadata } from 'next';
import Link from 'next/link';
import { formatDate, fullNameOf } from '@/lib/core/russian';
import { ageOn } from '@/lib/domain/people/years';
import { classLabel, parseClass } from '@/lib/domain/students/classes';
import { todayIso } from '@/lib/server/clock';
import { eraseDuePersonalData } from '@/lib/server/people/erase-withdrawn';
import { scopedPage } from '@/lib/server/scoped-read';
import { listPupils, pupilClasses } from '@/lib/server/students/pupils';

export const metadata: Metadata = { title: 'Обучающиеся' };

export default async function StudentsPage({ searchParams }: { searchParams: Promise<{ class?: string; imported?: string }> }) {
  const { scope, read } = await scopedPage('students.manage');
  const params = await searchParams;
  // A withdrawal whose 30 days are nearly up erases what only the consent covered, before the list is shown.
  await read((db) => eraseDuePersonalData(db, todayIso(), scope.orgId));
  const classes = await read(pupilClasses);
  const chosen = params.class ? parseClass(params.class) : null;
  const pupils = chosen ? await read(listPupils, { grade: chosen.grade, letter: chosen.letter }) : [];
  const imported = Number(params.imported);
  const total = classes.reduce((n, c) => n + c.pupils, 0);
  const today = todayIso();
  return (
    <>
      <h1>Обучающиеся: {scope.orgShortName}</h1>
      {Number.isInteger(imported) && imported > 0 && (
        <p className="form-ok" role="status">
          Загружено обучающихся: {imported}.
        </p>
      )}
      <p className="row">
        <Link className="button" href="/students/import">
          Загрузить список класса
        </Link>
        <Link className="button" href="/students/pupils/new">
          Добавить обучающегося
        </Link>
      </p>
      <p className="row">
        <Link href="/students/introduction">Внедрение</Link>
        <Link href="/students/bases">Базы наставников и наставляемых</Link>
        <Link href="/students/pairs">Пары и группы</Link>
        <Link href="/students/programs">Программы</Link>
        <Link href="/students/monitoring">Мониторинг</Link>
        <Link href="/students/external">Внешние наставники</Link>
        <Link href="/students/forms">Формы наставничества</Link>
        <Link href="/students/settings">Настройки</Link>
      </p>
      {classes.length === 0 ? (
        <p className="notice">Обучающихся в базе нет. Загрузите список класса из XLSX или CSV или добавьте обучающегося вручную.</p>
      ) : (
        <>
          <h2>Классы</h2>
          <p className="muted">Всего обучающихся: {total}.</p>
          <ul className="row" style={{ listStyle: 'none', padding: 0 }} data-testid="classes">
            {classes.map((c) => (
              <li key={c.label}>
                <Link className={chosen && classLabel(chosen) === c.label ? 'button' : 'button secondary'} href={`/students?class=${encodeURIComponent(c.label)}`}>
                  {c.label} — {c.pupils}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {chosen && (
        <>
          <h2>{classLabel(chosen)} класс</h2>
          {pupils.length === 0 ? (
            <p className="notice">В этом классе нет обучающихся.</p>
          ) : (
            <div className="table-scroll">
              <table className="data" data-testid="pupils">
                <thead>
                  <tr>
                    <th>№</th>
                    <th>Ф.И.О.</th>
                    <th>Дата рождения</th>
                    <th>Возраст, лет</th>
                    <th>Представители</th>
                  </tr>
                </thead>
                <tbody>
                  {pupils.map((p, i) => (
                    <tr key={p.id}>
                      <td>{i + 1}</td>
                      <td>
                        <Link href={`/students/pupils/${p.id}`}>{fullNameOf(p)}</Link>
                      </td>
                      <td>{formatDate(p.birthDate)}</td>
                      <td>{ageOn(p.birthDate, today) ?? '—'}</td>
                      <td>{p.guardianCount || 'нет'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
