import type { Metadata } from 'next';
import Link from 'next/link';
import { PrintLinks } from '@/components/programs/print-links';
import { fullNameOf , formatDate, initialsAfter } from '@/lib/core/russian';
import { PAIR_STATUS_LABELS } from '@/lib/domain/mentoring/vocabulary';
import { listPrograms, type ProgramProgress } from '@/lib/server/programs/list-programs';
import { scopedPage } from '@/lib/server/scoped-read';

export const metadata: Metadata = { title: 'Программы наставничества' };

const Progress = ({ p }: { p: ProgramProgress }) => (
  <span className={`badge ${p.done === p.total ? 'done' : 'progress'}`}>
    выполнено {p.done} из {p.total}
  </span>
);

export default async function ProgramsPage() {
  const { read } = await scopedPage('mentoring.manage');
  const { pairs, mentees } = await read(listPrograms);
  return (
    <>
      <h1>Программы наставничества</h1>
      <p className="muted">
        Персонализированная программа наставничества (ППН) составляется для каждой пары или группы на срок от 3 месяцев до 1 года; отметки о выполнении
        мероприятий ставятся в течение года. Карта индивидуального образовательного маршрута (ИОМ) — для наставляемого, на учебный год.
      </p>
      <h2>ППН пар и групп</h2>
      {pairs.length === 0 ? (
        <p className="notice">
          Пар пока нет. Программы составляются для пар, сформированных на странице <Link href="/pairs">«Пары»</Link>.
        </p>
      ) : (
        <table className="data" data-testid="ppn-list">
          <thead>
            <tr>
              <th>Наставник</th>
              <th>Наставляемые</th>
              <th>Срок пары</th>
              <th>Состояние пары</th>
              <th>ППН</th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((p) => (
              <tr key={p.pair.id} data-pair={p.pair.id}>
                <td>{fullNameOf(p.mentor)}</td>
                <td>{p.mentees.map((m) => initialsAfter(m)).join(', ')}</td>
                <td>
                  {formatDate(p.pair.startDate)} – {formatDate(p.pair.endDate)}
                </td>
                <td>{PAIR_STATUS_LABELS[p.pair.status]}</td>
                <td>
                  {p.ppn ? (
                    <>
                      <Progress p={p.ppn} /> <Link href={`/programs/pair/${p.pair.id}`}>открыть</Link> · <PrintLinks programId={p.ppn.id} />
                    </>
                  ) : p.pair.status === 'completed' ? (
                    <span className="muted">не составлена</span>
                  ) : (
                    <Link href={`/programs/pair/${p.pair.id}`}>Составить ППН</Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Карты ИОМ наставляемых</h2>
      {mentees.length === 0 ? (
        <p className="muted">Наставляемых в действующих парах нет.</p>
      ) : (
        <table className="data" data-testid="iom-list">
          <thead>
            <tr>
              <th>Наставляемый</th>
              <th>Наставник</th>
              <th>Карта ИОМ</th>
            </tr>
          </thead>
          <tbody>
            {mentees.map((m) => (
              <tr key={m.person.id}>
                <td>{fullNameOf(m.person)}</td>
                <td>{initialsAfter(m.mentor)}</td>
                <td>
                  {m.iom ? (
                    <>
                      <Progress p={m.iom} /> <Link href={`/programs/iom/${m.person.id}`}>открыть</Link> · <PrintLinks programId={m.iom.id} />
                    </>
                  ) : (
                    <Link href={`/programs/iom/${m.person.id}`}>Составить карту ИОМ</Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
