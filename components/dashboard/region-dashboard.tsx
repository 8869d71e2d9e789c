// The regional operator's overview: key indicators of the region, the latest monitoring
// campaign, and every municipality with its schools, curators, staff and indicators.
import Link from 'next/link';
import { PhaseBadge } from '@/components/monitoring/phase-badge';
import { formatFact, formatPercent, keyIndicators, percent } from '@/lib/domain/indicators/compute';
import { campaignTerm } from '@/lib/domain/monitoring/phase';
import type { Scope } from '@/lib/server/auth/scope';
import type { regionSummary } from '@/lib/server/dashboard/region-summary';
import type { IndicatorReport } from '@/lib/server/indicators/load-report';
import type { listCampaigns } from '@/lib/server/monitoring/list-campaigns';

export function RegionDashboard({
  scope,
  today,
  districts,
  report,
  monitoring,
}: {
  scope: Scope;
  today: string;
  districts: Awaited<ReturnType<typeof regionSummary>>;
  /** Only the key parts of the counts (KEY_PARTS). */
  report: IndicatorReport;
  monitoring: Awaited<ReturnType<typeof listCampaigns>>;
}) {
  const indicators = new Map(report.rows.map((r) => [r.id, r.counts]));
  const latest = monitoring.campaigns[0];
  return (
    <>
      <h1>{scope.orgShortName}: муниципалитеты</h1>
      <p className="muted">
        Муниципалитетов: {districts.length}, образовательных организаций: {report.total.schools}.
      </p>
      <div className="grid">
        {keyIndicators(report.total, 'region').map((v) => (
          <div className="card" key={v.key} data-indicator={v.key}>
            <div className="stat">{formatFact(v)}</div>
            <div className="muted" title={v.name}>
              {v.label}: {v.basis}; план — {v.planText}
            </div>
          </div>
        ))}
        <div className="card">
          {latest ? (
            <>
              <div className="stat">
                {latest.submitted} из {monitoring.schools}
              </div>
              <div className="muted">
                ОО отправили сведения: <Link href={`/monitoring/${latest.id}`}>{latest.title}</Link>, {campaignTerm(latest)}{' '}
                <PhaseBadge campaign={latest} today={today} />
              </div>
            </>
          ) : (
            <div className="muted">
              Мониторингов ещё не было. <Link href="/monitoring">Начать мониторинг</Link>
            </div>
          )}
        </div>
      </div>
      <p>
        <Link href="/indicators">Показатели по муниципалитетам и организациям, выгрузка XLSX, аналитическая справка</Link>
      </p>
      {districts.length === 0 ? (
        <p className="notice">В регионе ещё нет муниципалитетов.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>Муниципалитет</th>
              <th>Организаций</th>
              <th>С куратором</th>
              <th>Сотрудников в базе</th>
              <th>Реализуют ЦМН</th>
              <th>Охват молодых педагогов</th>
              <th>Наставников</th>
            </tr>
          </thead>
          <tbody>
            {districts.map((d) => {
              const c = indicators.get(d.id);
              return (
                <tr key={d.id}>
                  <td>
                    <Link href={`/schools?district=${d.id}`}>{d.shortName}</Link>
                  </td>
                  <td>{d.schools}</td>
                  <td>{d.schoolsWithCurator}</td>
                  <td>{d.staff}</td>
                  <td>{c ? formatPercent(percent(c.schoolsImplementing, c.schools)) : '—'}</td>
                  <td>
                    {c ? <Link href={`/indicators?district=${d.id}`}>{formatPercent(percent(c.youngCovered, c.youngTeachers))}</Link> : '—'}
                  </td>
                  <td>{c?.mentors ?? '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
