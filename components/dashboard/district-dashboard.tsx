// The district office's overview: its schools and what each still lacks.
import Link from 'next/link';
import { plural } from '@/lib/core/russian';
import type { Scope } from '@/lib/server/auth/scope';
import type { listSchools } from '@/lib/server/schools/list-schools';

export function DistrictDashboard({ scope, schools }: { scope: Scope; schools: Awaited<ReturnType<typeof listSchools>> }) {
  const withCurator = schools.filter((s) => s.curatorAccounts > 0).length;
  const withHead = schools.filter((s) => s.headAccounts > 0).length;
  return (
    <>
      <h1>{scope.orgShortName}</h1>
      <div className="grid">
        <div className="card">
          <div className="stat">{schools.length}</div>
          <div className="muted">{plural(schools.length, ['организация', 'организации', 'организаций'])} в муниципалитете</div>
        </div>
        <div className="card">
          <div className="stat">{withHead}</div>
          <div className="muted">с учётной записью руководителя</div>
        </div>
        <div className="card">
          <div className="stat">{withCurator}</div>
          <div className="muted">с назначенным куратором</div>
        </div>
      </div>
      {schools.length === 0 ? (
        <p className="notice">
          Школы ещё не зарегистрированы. <Link href="/schools/new">Добавьте первую школу</Link> и учётную запись её руководителя.
        </p>
      ) : (
        <p>
          <Link href="/district/progress">Ход внедрения по школам</Link> · <Link href="/district/orders">Приказы муниципалитета</Link> ·{' '}
          <Link href="/district/mentors">База наставников</Link> · <Link href="/district/archive">Архив документов</Link> ·{' '}
          <Link href="/schools">Все образовательные организации</Link> · <Link href="/schools/new">Добавить школу</Link>
        </p>
      )}
    </>
  );
}
