import type { Metadata } from 'next';
import Link from 'next/link';
import { initialsAfter } from '@/lib/core/russian';
import { can } from '@/lib/domain/permissions';
import { notFoundOnAppError } from '@/lib/server/not-found';
import { listSchools } from '@/lib/server/schools/list-schools';
import { scopedPage } from '@/lib/server/scoped-read';

export const metadata: Metadata = { title: 'Образовательные организации' };

export default async function SchoolsPage({ searchParams }: { searchParams: Promise<{ district?: string }> }) {
  const { scope, read } = await scopedPage('schools.view');
  const { district } = await searchParams;
  const schools = await notFoundOnAppError(read(listSchools, district));
  const region = can(scope, 'districts.view');
  return (
    <>
      <h1>Образовательные организации</h1>
      {schools.length === 0 ? (
        <p className="notice">Организаций пока нет.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>№</th>
              <th>Организация</th>
              {region && <th>Муниципалитет</th>}
              <th>Руководитель</th>
              <th>Учётная запись руководителя</th>
              <th>Куратор</th>
              <th>Сотрудников</th>
            </tr>
          </thead>
          <tbody>
            {schools.map((s, i) => (
              <tr key={s.id}>
                <td>{i + 1}</td>
                <td>
                  <Link href={`/schools/${s.id}`}>{s.shortName}</Link>
                </td>
                {region && <td>{s.districtName}</td>}
                <td>
                  {s.headLastName
                    ? initialsAfter({ lastName: s.headLastName, firstName: s.headFirstName, middleName: s.headMiddleName })
                    : '—'}
                </td>
                <td>{s.headAccounts > 0 ? 'есть' : 'нет'}</td>
                <td>{s.curatorAccounts > 0 ? 'назначен' : 'нет'}</td>
                <td>{s.staff}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
