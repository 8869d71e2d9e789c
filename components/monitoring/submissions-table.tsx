// Who has submitted to a campaign: one row per school, with the key figures it sent.
import { formatDate } from '@/lib/core/russian';
import { formatPercent, percent } from '@/lib/domain/indicators/compute';
import type { SubmissionRow } from '@/lib/server/monitoring/submissions';

export function SubmissionsTable({ rows }: { rows: SubmissionRow[] }) {
  return (
    <table className="data" data-testid="submissions" tabIndex={0}>
      <thead>
        <tr>
          <th>Организация</th>
          <th>Сведения</th>
          <th>Отправил</th>
          <th>Охват молодых педагогов</th>
          <th>Наставников</th>
          <th>Пар (действуют)</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const c = r.figures?.counts;
          return (
            <tr key={r.schoolId} data-submitted={r.submittedOn ? 'yes' : 'no'}>
              <td>{r.schoolName}</td>
              <td>
                {r.submittedOn ? (
                  <span className="badge done">отправлены {formatDate(r.submittedOn)}</span>
                ) : (
                  <span className="badge todo">не отправлены</span>
                )}
              </td>
              <td>{r.submittedBy ?? '—'}</td>
              <td>{c ? `${c.youngCovered} из ${c.youngTeachers} (${formatPercent(percent(c.youngCovered, c.youngTeachers))})` : '—'}</td>
              <td>{c?.mentors ?? '—'}</td>
              <td>{c?.pairsActive ?? '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
