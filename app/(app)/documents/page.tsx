import type { Metadata } from 'next';
import Link from 'next/link';
import { FileLinks } from '@/components/documents/file-links';
import { StatusLabel } from '@/components/documents/status-label';
import { formatDate } from '@/lib/core/russian';
import { listDocuments } from '@/lib/server/documents/list-documents';
import { notFoundOnAppError } from '@/lib/server/not-found';
import { scopedPage } from '@/lib/server/scoped-read';

export const metadata: Metadata = { title: 'Реестр документов' };

export default async function DocumentsPage({ searchParams }: { searchParams: Promise<{ org?: string }> }) {
  const { read } = await scopedPage('documents.view');
  const { org } = await searchParams;
  const docs = await notFoundOnAppError(read(listDocuments, org));
  return (
    <>
      <h1>Реестр документов</h1>
      {docs.length === 0 ? (
        <p className="notice">Документов пока нет. Они появятся здесь, когда вы подготовите первый приказ.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>№</th>
              <th>Дата</th>
              <th>Документ</th>
              <th>Состояние</th>
              <th>Ознакомлены</th>
              <th>Файлы</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((d) => (
              <tr key={d.id}>
                <td className="doc-number">{d.number ?? '—'}</td>
                <td>{d.issueDate ? formatDate(d.issueDate) : '—'}</td>
                <td>
                  <Link href={`/documents/${d.id}`}>{d.title}</Link>
                  {d.annexes > 0 && <span className="muted"> (приложений: {d.annexes})</span>}
                </td>
                <td>
                  <StatusLabel status={d.status} />
                </td>
                <td>{d.ackTotal > 0 ? `${d.ackDone} из ${d.ackTotal}` : '—'}</td>
                <td>
                  <FileLinks id={d.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
