// A teacher's page: the documents addressed to them and whether they have acknowledged them.
import Link from 'next/link';
import { getDb } from '@/db/client';
import type { Scope } from '@/lib/auth/scope';
import { formatDate } from '@/lib/russian';
import { listMyAcknowledgements } from '@/lib/server/documents/my-acknowledgements';

export async function TeacherDashboard({ scope }: { scope: Scope }) {
  const items = await listMyAcknowledgements(getDb(), scope);
  const pending = items.filter((i) => !i.acknowledgedOn).length;
  return (
    <>
      <h1>{scope.fullName}</h1>
      <p className="muted">{scope.orgShortName}</p>
      <div className="card">
        <h2>Документы для ознакомления{pending > 0 && `: ожидают ${pending}`}</h2>
        {items.length === 0 ? (
          <p>Документов для ознакомления нет. Когда вас включат в приказ, он появится здесь.</p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th>Документ</th>
                <th>Издан</th>
                <th>Ознакомление</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.id}>
                  <td>
                    <Link href={`/documents/${i.documentId}`}>{i.title}</Link>
                    <div className="muted">{i.issuer}</div>
                  </td>
                  <td>
                    {i.number && `№ ${i.number} `}
                    {i.issueDate && `от ${formatDate(i.issueDate)}`}
                  </td>
                  <td>{i.acknowledgedOn ? `${formatDate(i.acknowledgedOn)} (${i.method === 'electronic' ? 'в системе' : 'на бумаге'})` : 'не ознакомлен(а)'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </>
  );
}
