import type { Metadata } from 'next';
import { FiguresTable } from '@/components/monitoring/figures-table';
import { PhaseBadge } from '@/components/monitoring/phase-badge';
import { SubmissionsTable } from '@/components/monitoring/submissions-table';
import { SubmitForm } from '@/components/monitoring/submit-form';
import { formatDate } from '@/lib/core/russian';
import { campaignPhase, campaignTerm } from '@/lib/domain/monitoring/phase';
import { can } from '@/lib/domain/permissions';
import { todayIso } from '@/lib/server/clock';
import { computeSchoolFigures, figuresVersion } from '@/lib/server/monitoring/figures';
import { campaignSubmissions } from '@/lib/server/monitoring/submissions';
import { notFoundOnAppError } from '@/lib/server/not-found';
import { scopedPage } from '@/lib/server/scoped-read';
import { submitFiguresAction } from '../actions';

export const metadata: Metadata = { title: 'Мониторинг' };

export default async function CampaignPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ show?: string; district?: string }>;
}) {
  const { scope, read } = await scopedPage('monitoring.view');
  const { id } = await params;
  const { show, district } = await searchParams;
  const { campaign, rows, districts } = await notFoundOnAppError(read(campaignSubmissions, id));
  const today = todayIso();
  const header = (
    <>
      <h1>{campaign.title}</h1>
      <p>
        Сроки: {campaignTerm(campaign)} · <PhaseBadge campaign={campaign} today={today} />
      </p>
    </>
  );

  // A school's own submission; the operator and districts see who has submitted.
  if (can(scope, 'monitoring.submit')) {
    const own = rows[0];
    const phase = campaignPhase(campaign, today);
    // What the school would send now: computed only while it can send it.
    const current = phase === 'open' ? await read(computeSchoolFigures, scope.orgId, today) : null;
    return (
      <>
        {header}
        {own?.submittedOn && own.figures ? (
          <div className="card" data-testid="submitted">
            <p>
              <span className="badge done">сведения отправлены</span> {formatDate(own.submittedOn)}
              {own.submittedBy && <> · {own.submittedBy}</>}. Показатели на {formatDate(own.figures.referenceDate)}:
            </p>
            <FiguresTable counts={own.figures.counts} />
          </div>
        ) : (
          <p className="notice">Сведения организации ещё не отправлены.</p>
        )}
        {current && (
          <>
            <h2>Показатели организации на {formatDate(today)}</h2>
            <p className="muted">
              Рассчитаны по данным организации: сотрудникам, банкам наставников и наставляемых, парам, согласиям и изданным документам. Если что-то не так,
              исправьте данные и откройте страницу снова. До срока сдачи сведения можно отправить повторно — они заменят прежние.
            </p>
            <FiguresTable counts={current.counts} />
            <SubmitForm campaignId={campaign.id} version={figuresVersion(current)} again={Boolean(own?.submittedOn)} action={submitFiguresAction} />
          </>
        )}
        {phase === 'upcoming' && <p className="muted">Приём сведений начнётся {formatDate(campaign.startsOn)}.</p>}
        {phase === 'over' && <p className="muted">Приём сведений завершён {formatDate(campaign.deadline)}.</p>}
      </>
    );
  }

  const submitted = rows.filter((r) => r.submittedOn).length;
  // The region lists one district's schools at a time: 2000 rows help nobody.
  const isRegion = can(scope, 'monitoring.manage');
  const chosen = isRegion ? districts.find((d) => d.id === district) : districts[0];
  const listed = rows.filter((r) => r.districtId === chosen?.id && (show !== 'missing' || !r.submittedOn));
  const link = (params: Record<string, string | undefined>) => {
    const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]))).toString();
    return `/monitoring/${campaign.id}${q ? `?${q}` : ''}`;
  };
  return (
    <>
      {header}
      <p className="stat" data-testid="submitted-count">
        {submitted} из {rows.length}
      </p>
      <p className="muted">образовательных организаций отправили сведения</p>
      {isRegion && (
        <>
          <h2>По муниципалитетам</h2>
          <table className="data" data-testid="districts">
            <thead>
              <tr>
                <th>Муниципалитет</th>
                <th>Отправили</th>
                <th>Не отправили</th>
              </tr>
            </thead>
            <tbody>
              {districts.map((d) => (
                <tr key={d.id}>
                  <td>
                    <a href={link({ district: d.id })}>{d.name}</a>
                  </td>
                  <td>
                    {d.submitted} из {d.schools}
                  </td>
                  <td>{d.schools - d.submitted}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {chosen ? (
        <>
          <h2>Образовательные организации: {chosen.name}</h2>
          <p>
            {show === 'missing' ? (
              <a href={link({ district: isRegion ? chosen.id : undefined })}>Показать все</a>
            ) : (
              <a href={link({ district: isRegion ? chosen.id : undefined, show: 'missing' })}>Показать только не отправившие</a>
            )}
          </p>
          <SubmissionsTable rows={listed} />
        </>
      ) : (
        isRegion && <p className="muted">Выберите муниципалитет, чтобы увидеть его организации.</p>
      )}
    </>
  );
}
