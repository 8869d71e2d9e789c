// The school's pairs and groups as a table: people, form and kind, term, status, consents
// received and the order that assigned or ended the pair.
import Link from 'next/link';
import { fullNameOf , formatDate, initialsAfter } from '@/lib/core/russian';
import { personNameOf } from '@/lib/domain/mentoring/staff';
import { PAIR_STATUS_LABELS } from '@/lib/domain/mentoring/vocabulary';
import type { DocumentRef, PairView } from '@/lib/server/pairs/list-pairs';

const STATUS_BADGE = { forming: 'progress', active: 'done', completed: 'done', terminated: 'todo' } as const;

const orderRef = (doc: DocumentRef | null) =>
  doc && doc.status !== 'draft' ? (
    <>
      <span className="doc-number">№&nbsp;{doc.number}</span> от <span className="doc-number">{formatDate(doc.issueDate!)}</span>
    </>
  ) : doc ? (
    'проект приказа'
  ) : (
    ''
  );

export function PairTable({ pairs }: { pairs: PairView[] }) {
  return (
    <table className="data">
      <thead>
        <tr>
          <th>№</th>
          <th>Наставник</th>
          <th>Наставляемые</th>
          <th>Форма и вид</th>
          <th>Срок</th>
          <th>Состояние</th>
          <th>Согласия</th>
        </tr>
      </thead>
      <tbody>
        {pairs.map((v, i) => {
          const received = v.consents.filter((c) => c.status === 'received').length;
          return (
            <tr key={v.pair.id} data-pair={v.pair.id}>
              <td>{i + 1}</td>
              <td>
                <Link href={`/pairs/${v.pair.id}`}>{fullNameOf(v.mentor)}</Link>
                <div className="muted">{v.mentor.position}</div>
              </td>
              <td>
                {v.mentees.map((m) => initialsAfter(personNameOf(m))).join(', ')}
                {v.mentees.length > 1 && <div className="muted">группа</div>}
              </td>
              <td>
                {v.pair.form}
                <div className="muted">{v.pair.kind}</div>
              </td>
              <td>
                {formatDate(v.pair.startDate)} – {formatDate(v.pair.endDate)}
              </td>
              <td>
                <span className={`badge ${STATUS_BADGE[v.pair.status]}`}>{PAIR_STATUS_LABELS[v.pair.status]}</span>
                {v.pair.endedOn && <div className="muted">с {formatDate(v.pair.endedOn)}</div>}
                <div className="muted">{orderRef(v.pair.status === 'terminated' ? v.termination : v.order)}</div>
              </td>
              <td>
                <span className={`badge ${v.complete ? 'done' : 'progress'}`}>
                  {received} из {v.consents.length}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
