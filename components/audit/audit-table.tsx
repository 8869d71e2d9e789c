// The rows of «Журнал действий»: when, who, what (in words), about whom or what, in which
// organization, from which address. Times are the server's clock, as every date of the app.
import { auditActionLabel } from '@/lib/domain/audit/actions';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/domain/permissions';
import type { AuditRow } from '@/lib/server/audit/list-audit';

const two = (n: number) => String(n).padStart(2, '0');
const when = (d: Date) => `${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
const roleLabel = (role: string | null) => (role && (ROLES as readonly string[]).includes(role) ? ROLE_LABELS[role as Role] : null);

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return (
    <table className="data" data-audit-log tabIndex={0}>
      <thead>
        <tr>
          <th>Когда</th>
          <th>Кто</th>
          <th>Действие</th>
          <th>Объект</th>
          <th>Организация</th>
          <th>IP-адрес</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>{when(r.at)}</td>
            <td>
              {r.actorName ?? 'система'}
              {roleLabel(r.actorRole) && <div className="muted">{roleLabel(r.actorRole)}</div>}
            </td>
            <td>{auditActionLabel(r.action)}</td>
            <td>{r.subject ?? '—'}</td>
            <td>{r.organization ?? '—'}</td>
            <td>{r.ip ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
