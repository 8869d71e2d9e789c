import type { Metadata } from 'next';
import { AcknowledgeButton, PaperAcknowledgement } from '@/components/documents/acknowledgement-controls';
import { FileLinks } from '@/components/documents/file-links';
import { IssueForm } from '@/components/documents/issue-form';
import { PdfPreview } from '@/components/documents/pdf-preview';
import { StatusLabel } from '@/components/documents/status-label';
import { formatDate, initialsAfter } from '@/lib/core/russian';
import { can } from '@/lib/domain/permissions';
import { todayIso } from '@/lib/server/clock';
import { nextNumber } from '@/lib/server/documents/next-number';
import { viewDocument } from '@/lib/server/documents/view-document';
import { notFoundOnAppError } from '@/lib/server/not-found';
import { ownElectronicHrAct } from '@/lib/server/organizations/electronic-hr-act';
import { scopedPage } from '@/lib/server/scoped-read';
import { templateClass } from '@/templates/registry';
import { acknowledgeInAppAction, issueDocumentAction, recordPaperAcknowledgementAction } from '../actions';

export const metadata: Metadata = { title: 'Документ' };

export default async function DocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const { scope, read } = await scopedPage();
  const { id } = await params;
  const { doc, annexes, rows } = await notFoundOnAppError(read(viewDocument, id));
  const localAct = (await read(ownElectronicHrAct)) !== null;
  // The keeper — the document's own organization — manages it; others only read or acknowledge it.
  const keeper = can(scope, 'documents.issue') && doc.organizationId === scope.orgId;
  const today = todayIso();
  const isMine = (r: (typeof rows)[number]) => r.userId === scope.userId || (scope.personId !== null && r.personId === scope.personId);
  return (
    <>
      <h1>{doc.title}</h1>
      <div className="card">
        <p>
          <StatusLabel status={doc.status} /> {doc.number && <>№ {doc.number} </>}
          {doc.issueDate && <>от {formatDate(doc.issueDate)}</>}
        </p>
        <p>
          {doc.status === 'draft' ? 'Проект для просмотра: ' : 'Изданный документ: '}
          <FileLinks id={doc.id} />
        </p>
        {annexes.map((a) => (
          <p key={a.id}>
            Приложение № {a.annexNo}: {a.title} — <FileLinks id={a.id} />
          </p>
        ))}
        {doc.status === 'draft' && keeper && (
          <IssueForm
            documentId={doc.id}
            today={today}
            numbered={templateClass(doc.template) === 'order'}
            nextNumber={templateClass(doc.template) === 'order' ? await read(nextNumber, doc.id, today) : undefined}
            action={issueDocumentAction}
          />
        )}
      </div>
      {doc.status === 'draft' && <PdfPreview id={doc.id} title={doc.title} />}
      {rows.length > 0 && (
        <>
          <h2>
            Лист ознакомления: {rows.filter((r) => r.acknowledgedOn).length} из {rows.length}
          </h2>
          <p>
            Печатная форма: <FileLinks id={doc.id} kind="acknowledgements" />
          </p>
          <table className="data">
            <thead>
              <tr>
                <th>№</th>
                <th>Ф.И.О.</th>
                <th>Должность / учреждение</th>
                <th>Дата</th>
                <th>Способ</th>
                {doc.status !== 'draft' && <th>Отметка</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-ack-row={r.position}>
                  <td>{r.position}</td>
                  <td>{initialsAfter(r)}</td>
                  <td>{r.unit}</td>
                  <td>{r.acknowledgedOn ? formatDate(r.acknowledgedOn) : '—'}</td>
                  <td>{r.method === 'electronic' ? 'в системе' : r.method === 'paper' ? 'на бумаге' : 'ожидается'}</td>
                  {doc.status !== 'draft' && (
                    <td>
                      {isMine(r) && !r.acknowledgedOn && (
                        <AcknowledgeButton acknowledgementId={r.id} consented={scope.electronicHrConsent} localAct={localAct} action={acknowledgeInAppAction} />
                      )}
                      {keeper && r.method !== 'electronic' && (
                        <PaperAcknowledgement
                          acknowledgementId={r.id}
                          date={r.acknowledgedOn}
                          min={doc.issueDate!}
                          max={today}
                          action={recordPaperAcknowledgementAction}
                        />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
