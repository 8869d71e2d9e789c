import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditTable } from '@/components/audit/audit-table';
import { dateEntryText } from '@/lib/core/russian/date-entry';
import { AUDIT_ACTION_CHOICES } from '@/lib/domain/audit/actions';
import { auditHref, parseAuditQuery } from '@/lib/domain/audit/query';
import { listAudit } from '@/lib/server/audit/list-audit';
import { scopedPage } from '@/lib/server/scoped-read';

export const metadata: Metadata = { title: 'Журнал действий' };

const WHOSE = { school: 'вашей организации', municipality: 'муниципалитета и его школ', region: 'региона, его муниципалитетов и школ' } as const;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { scope, read } = await scopedPage('audit.view');
  const { query, problems } = parseAuditQuery(await searchParams);
  const { rows, total, pages, actors } = await read(listAudit, query);
  const page = Math.min(query.page, pages);
  return (
    <>
      <h1>Журнал действий</h1>
      <p className="muted">
        Кто, что и когда сделал в приложении в пределах {WHOSE[scope.orgKind]}, и с какого адреса: изменения, выгрузки персональных данных,
        скачивание архивов.
      </p>
      <form className="row" method="get" action="/audit">
        <div className="field">
          <label htmlFor="actor">Кто</label>
          <select id="actor" name="actor" defaultValue={query.actor ?? ''}>
            <option value="">все</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="action">Действие</label>
          <select id="action" name="action" defaultValue={query.action ?? ''}>
            <option value="">все</option>
            {AUDIT_ACTION_CHOICES.map((a) => (
              <option key={a.code} value={a.code}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="from">Период с</label>
          <input id="from" name="from" inputMode="numeric" placeholder="дд.мм.гггг" maxLength={10} defaultValue={dateEntryText(query.from)} />
        </div>
        <div className="field">
          <label htmlFor="to">по</label>
          <input id="to" name="to" inputMode="numeric" placeholder="дд.мм.гггг" maxLength={10} defaultValue={dateEntryText(query.to)} />
        </div>
        <button type="submit">Показать</button>
        <Link href="/audit">Сбросить</Link>
      </form>
      {problems.map((p) => (
        <p key={p} className="notice">
          {p}
        </p>
      ))}
      <p>Записей: {total}</p>
      {rows.length === 0 ? (
        <p className="notice">
          {total > 0 ? (
            <>
              На этой странице записей нет. <Link href={auditHref(query, { page: 1 })}>К первой странице</Link>
            </>
          ) : (
            'Нет записей, подходящих под условия.'
          )}
        </p>
      ) : (
        <>
          <AuditTable rows={rows} />
          {pages > 1 && (
            <nav className="row" aria-label="Страницы журнала">
              {page > 1 && <Link href={auditHref(query, { page: page - 1 })}>← Новее</Link>}
              <span>
                Страница {page} из {pages}
              </span>
              {page < pages && <Link href={auditHref(query, { page: page + 1 })}>Старше →</Link>}
            </nav>
          )}
        </>
      )}
    </>
  );
}
