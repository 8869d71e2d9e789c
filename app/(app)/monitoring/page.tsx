import type { Metadata } from 'next';
import Link from 'next/link';
import { CampaignForm } from '@/components/monitoring/campaign-form';
import { PhaseBadge } from '@/components/monitoring/phase-badge';
import { addDays } from '@/lib/core/calendar/iso-dates';
import { campaignTerm } from '@/lib/domain/monitoring/phase';
import { can } from '@/lib/domain/permissions';
import { todayIso } from '@/lib/server/clock';
import { listCampaigns } from '@/lib/server/monitoring/list-campaigns';
import { scopedPage } from '@/lib/server/scoped-read';
import { createCampaignAction } from './actions';

export const metadata: Metadata = { title: 'Мониторинг' };

export default async function MonitoringPage() {
  const { scope, read } = await scopedPage('monitoring.view');
  const { schools, campaigns } = await read(listCampaigns);
  const today = todayIso();
  const isSchool = can(scope, 'monitoring.submit');
  return (
    <>
      <h1>Мониторинг внедрения системы наставничества</h1>
      <p className="muted">
        Региональный оператор (
        <abbr title="центр непрерывного повышения профессионального мастерства педагогических работников">ЦНППМ</abbr>) объявляет
        мониторинг, муниципальный координатор (орган местного самоуправления) следит за сроками, образовательные организации заполняют формы:
        показатели рассчитываются по данным организации, школа проверяет и отправляет их до срока сдачи.
      </p>
      {campaigns.length === 0 ? (
        <p className="notice">Мониторингов пока не было.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>Мониторинг</th>
              <th>Сроки</th>
              <th>Состояние</th>
              <th>{isSchool ? 'Сведения' : 'Отправили'}</th>
            </tr>
          </thead>
          <tbody>
            {campaigns.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link href={`/monitoring/${c.id}`}>{c.title}</Link>
                </td>
                <td>{campaignTerm(c)}</td>
                <td>
                  <PhaseBadge campaign={c} today={today} />
                </td>
                <td>{isSchool ? (c.submitted ? 'отправлены' : 'не отправлены') : `${c.submitted} из ${schools} ОО`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {can(scope, 'monitoring.manage') && (
        <>
          <h2>Новый мониторинг</h2>
          <p className="muted">Мониторинг проводится во всех образовательных организациях региона; после срока сдачи сведения не принимаются.</p>
          <CampaignForm
            action={createCampaignAction}
            defaults={{ title: 'Мониторинг внедрения системы наставничества педагогических работников', startsOn: today, deadline: addDays(today, 10) }}
          />
        </>
      )}
    </>
  );
}
