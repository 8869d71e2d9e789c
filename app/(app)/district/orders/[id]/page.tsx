import type { Metadata } from 'next';
import Link from 'next/link';
import { AutoRefresh } from '@/components/district/auto-refresh';
import { RemindButton } from '@/components/district/remind-button';
import { PaperAcknowledgement } from '@/components/documents/acknowledgement-controls';
import { FileLinks } from '@/components/documents/file-links';
import { IssueForm } from '@/components/documents/issue-form';
import { PdfPreview } from '@/components/documents/pdf-preview';
import { StatusLabel } from '@/components/documents/status-label';
import { formatDate, initialsAfter } from '@/lib/core/russian';
import { todayIso } from '@/lib/server/clock';
import { loadDistrictOrder } from '@/lib/server/district/load-order';
import { reminderState } from '@/lib/server/district/remind-order';
import { nextNumber } from '@/lib/server/documents/next-number';
import { notFoundOnAppError } from '@/lib/server/not-found';
import { scopedPage } from '@/lib/server/scoped-read';
import { recordPaperAcknowledgementAction } from '../../../documents/actions';
import { issueDistrictOrderAction, remindAcknowledgementAction } from '../actions';

export const metadata: Metadata = { title: 'Приказ муниципалитета' };

export default async function DistrictOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { read } = await scopedPage('district.orders');
  const { id } = await params;
  const [{ doc, rows, counts }, reminder] = await notFoundOnAppError(Promise.all([read(loadDistrictOrder, id), read(reminderState, id)]));
  const today = todayIso();
  const pending = rows.filter((r) => !r.acknowledgedOn);
  const done = rows.filter((r) => r.acknowledgedOn);
  const paperControl = (r: (typeof rows)[number]) =>
    r.method !== 'electronic' && (
      <PaperAcknowledgement acknowledgementId={r.id} date={r.acknowledgedOn} min={doc.issueDate!} max={today} action={recordPaperAcknowledgementAction} />
    );
  return (
    <>
      <h1>{doc.title}</h1>
      <div className="card">
        <p>
          <StatusLabel status={doc.status} /> {doc.number && <>№ {doc.number} </>}
          {doc.issueDate && <>от {formatDate(doc.issueDate)}</>}
        </p>
        <p>
          {doc.status === 'draft' ? 'Проект для просмотра: ' : 'Изданный приказ: '}
          <FileLinks id={doc.id} />
        </p>
        {doc.status === 'draft' && (
          <>
            <p>
              <Link href={`/district/orders/${doc.id}/edit`}>Редактировать проект</Link>
            </p>
            <p className="muted">При издании приказ получит номер, лист ознакомления обновится по текущему списку руководителей школ.</p>
            <IssueForm documentId={doc.id} today={today} numbered nextNumber={await read(nextNumber, doc.id, today)} action={issueDistrictOrderAction} />
          </>
        )}
      </div>
      {doc.status === 'draft' && <PdfPreview id={doc.id} title={doc.title} />}
      {doc.status !== 'draft' && (
        <>
          <AutoRefresh />
          <div className="grid" data-ack-counts>
            <div className="card">
              <div className="stat">{counts.total - counts.pending} из {counts.total}</div>
              <div className="muted">ознакомлены</div>
            </div>
            <div className="card">
              <div className="stat">{counts.electronic}</div>
              <div className="muted">в системе</div>
            </div>
            <div className="card">
              <div className="stat">{counts.paper}</div>
              <div className="muted">на бумаге</div>
            </div>
            <div className="card">
              <div className="stat">{counts.pending}</div>
              <div className="muted">ещё не ознакомлены</div>
            </div>
          </div>
          <p>
            Лист «С приказом ознакомлены» с датами: <FileLinks id={doc.id} kind="acknowledgements" />
          </p>
          <h2>Не ознакомлены: {pending.length}</h2>
          {reminder && <RemindButton documentId={doc.id} pending={reminder.pending} due={reminder.due} action={remindAcknowledgementAction} />}
          {pending.length === 0 ? (
            <p>Все руководители ознакомлены с приказом.</p>
          ) : (
            <table className="data" data-ack-pending>
              <thead>
                <tr>
                  <th>№</th>
                  <th>Руководитель</th>
                  <th>Учреждение</th>
                  <th>Как ознакомится</th>
                  <th>Отметка о подписи на бумаге</th>
                </tr>
              </thead>
              <tbody>
                {pending.map((r) => (
                  <tr key={r.id}>
                    <td>{r.position}</td>
                    <td>{initialsAfter(r)}</td>
                    <td>{r.unit}</td>
                    <td>{r.electronicHrConsent ? 'в системе (есть согласие на ЭКДО)' : 'на бумаге'}</td>
                    <td>{paperControl(r)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>Ознакомлены: {done.length}</h2>
          {done.length > 0 && (
            <table className="data" data-ack-done>
              <thead>
                <tr>
                  <th>№</th>
                  <th>Руководитель</th>
                  <th>Учреждение</th>
                  <th>Дата</th>
                  <th>Способ</th>
                  <th>Отметка</th>
                </tr>
              </thead>
              <tbody>
                {done.map((r) => (
                  <tr key={r.id}>
                    <td>{r.position}</td>
                    <td>{initialsAfter(r)}</td>
                    <td>{r.unit}</td>
                    <td>{formatDate(r.acknowledgedOn!)}</td>
                    <td>{r.method === 'electronic' ? 'в системе' : 'на бумаге'}</td>
                    <td>{paperControl(r)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </>
  );
}
