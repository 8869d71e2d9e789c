// «Документы для ознакомления»: the issued documents addressed to the signed-in user (a
// district order to a school head, a school order to a teacher), compact enough for a
// dashboard. Acknowledging in the app counts only with consent to electronic HR documents
// (ст. 22.1 ТК РФ); the button explains otherwise, and the paper signature is recorded by
// whoever keeps the document.
import Link from 'next/link';
import type { ComponentProps } from 'react';
import { formatDate } from '@/lib/core/russian';
import type { listMyAcknowledgements } from '@/lib/server/documents/my-acknowledgements';
import { AcknowledgeButton } from './acknowledgement-controls';

const SHOWN = 10;

export type MyAcknowledgement = Awaited<ReturnType<typeof listMyAcknowledgements>>[number];

export function MyAcknowledgementsCard({
  items,
  consented,
  localAct,
  acknowledge,
}: {
  items: MyAcknowledgement[];
  consented: boolean;
  localAct: boolean;
  acknowledge: ComponentProps<typeof AcknowledgeButton>['action'];
}) {
  if (items.length === 0) return null;
  const pending = items.filter((i) => !i.acknowledgedOn);
  // Waiting ones first, then the most recent.
  const shown = [...pending, ...items.filter((i) => i.acknowledgedOn)].slice(0, SHOWN);
  return (
    <div className="card" data-my-acknowledgements>
      <h2>Документы для ознакомления{pending.length > 0 && `: ожидают ${pending.length}`}</h2>
      <table className="data">
        <thead>
          <tr>
            <th>Документ</th>
            <th>Издан</th>
            <th>Ознакомление</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((i) => (
            <tr key={i.id}>
              <td>
                <Link href={`/documents/${i.documentId}`}>{i.title}</Link>
                <div className="muted">{i.issuer}</div>
              </td>
              <td>
                {i.number && `№ ${i.number} `}
                {i.issueDate && `от ${formatDate(i.issueDate)}`}
              </td>
              <td>
                {i.acknowledgedOn ? (
                  `${formatDate(i.acknowledgedOn)} (${i.method === 'electronic' ? 'в системе' : 'на бумаге'})`
                ) : (
                  <AcknowledgeButton acknowledgementId={i.id} consented={consented} localAct={localAct} action={acknowledge} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length > SHOWN && <p className="muted">Показаны {SHOWN} из {items.length}.</p>}
      {pending.length > 0 && (
        <p className="muted">
          Ознакомиться в системе можно, если вы дали согласие на электронный кадровый документооборот; иначе распишитесь в
          листе ознакомления на бумаге.
        </p>
      )}
    </div>
  );
}
