import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { requirePageScope } from '@/lib/auth/session';
import { formatDate } from '@/lib/russian';
import { listPeople } from '@/lib/server/people/list-people';

export const metadata: Metadata = { title: 'Сотрудники' };

export default async function StaffPage() {
  const scope = await requirePageScope('staff.view');
  const staff = await listPeople(getDb(), scope);
  return (
    <>
      <h1>Сотрудники: {scope.orgShortName}</h1>
      {staff.length === 0 ? (
        <p className="notice">Сотрудников в базе нет. Загрузите список из XLSX или CSV или добавьте вручную.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>№</th>
              <th>Ф.И.О.</th>
              <th>Должность</th>
              <th>Предметы</th>
              <th>Начало педагогической деятельности</th>
              <th>Согласие на обработку ПДн</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((p, i) => (
              <tr key={p.id}>
                <td>{i + 1}</td>
                <td>{[p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ')}</td>
                <td>{p.position}</td>
                <td>{p.subjects.join(', ')}</td>
                <td>{p.pedagogicalStart ? formatDate(p.pedagogicalStart) : '—'}</td>
                <td>{p.personalDataConsent ? `получено ${p.personalDataConsentDate ? formatDate(p.personalDataConsentDate) : ''}` : 'нет'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
