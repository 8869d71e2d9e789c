import type { Metadata } from 'next';
import { fullNameOf } from '@/lib/core/russian';
import { ROLE_LABELS } from '@/lib/domain/permissions';
import { notFoundOnAppError } from '@/lib/server/not-found';
import { loadSchool } from '@/lib/server/schools/load-school';
import { scopedPage } from '@/lib/server/scoped-read';

export const metadata: Metadata = { title: 'Организация' };

export default async function SchoolPage({ params }: { params: Promise<{ id: string }> }) {
  const { read } = await scopedPage('schools.view');
  const { id } = await params;
  const { org, accounts } = await notFoundOnAppError(read(loadSchool, id));
  const head = fullNameOf({ lastName: org.headLastName, firstName: org.headFirstName, middleName: org.headMiddleName });
  return (
    <>
      <h1>{org.shortName}</h1>
      <div className="card">
        <p>{org.fullName}</p>
        <p className="muted">
          {org.city} · {org.headPosition} {head}
        </p>
      </div>
      <h2>Учётные записи</h2>
      {accounts.length === 0 ? (
        <p className="notice">Учётных записей нет.</p>
      ) : (
        <table className="data" tabIndex={0}>
          <thead>
            <tr>
              <th>Ф.И.О.</th>
              <th>Роль</th>
              <th>Эл. почта</th>
              <th>Состояние</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((u) => (
              <tr key={u.id}>
                <td>{u.fullName}</td>
                <td>{ROLE_LABELS[u.role]}</td>
                <td>{u.email}</td>
                <td>{u.isActive ? 'активна' : 'отключена'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
