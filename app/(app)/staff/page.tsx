import type { Metadata } from 'next';
import Link from 'next/link';
import { formatDate , fullNameOf } from '@/lib/core/russian';
import { erasureDeadline } from '@/lib/domain/people/personal-data-terms';
import { ageOn, experienceOn } from '@/lib/domain/people/years';
import { can } from '@/lib/domain/permissions';
import { todayIso } from '@/lib/server/clock';
import { eraseDuePersonalData } from '@/lib/server/people/erase-withdrawn';
import { listPeople } from '@/lib/server/people/list-people';
import { scopedPage } from '@/lib/server/scoped-read';

export const metadata: Metadata = { title: 'Сотрудники' };

const BANK_LABELS = { mentor: 'наставник', mentee: 'наставляемый' } as const;

interface ConsentColumns {
  personalDataConsent: boolean;
  personalDataConsentDate: string | null;
  consentWithdrawnOn: string | null;
  consentErasedOn: string | null;
}

function personalDataCell(p: ConsentColumns) {
  if (p.personalDataConsent) return `получено ${p.personalDataConsentDate ? formatDate(p.personalDataConsentDate) : ''}`;
  if (!p.consentWithdrawnOn) return 'нет';
  const withdrawn = `отозвано ${formatDate(p.consentWithdrawnOn)}`;
  return p.consentErasedOn
    ? `${withdrawn}; данные по согласию удалены ${formatDate(p.consentErasedOn)}`
    : `${withdrawn}; удаление до ${formatDate(erasureDeadline(p.consentWithdrawnOn))}`;
}

export default async function StaffPage({ searchParams }: { searchParams: Promise<{ imported?: string }> }) {
  const { scope, read } = await scopedPage('staff.view');
  // A withdrawal whose 30 days are nearly up erases what only the consent covered, before the list is shown.
  if (scope.orgKind === 'school') await read((db) => eraseDuePersonalData(db, todayIso(), scope.orgId));
  const staff = await read(listPeople);
  const editable = can(scope, 'staff.edit');
  const imported = Number((await searchParams).imported);
  const today = todayIso();
  return (
    <>
      <h1>Сотрудники: {scope.orgShortName}</h1>
      {Number.isInteger(imported) && imported > 0 && (
        <p className="form-ok" role="status">
          Загружено сотрудников: {imported}.
        </p>
      )}
      {editable && (
        <p className="row">
          <Link className="button" href="/staff/import">
            Загрузить из XLSX или CSV
          </Link>
          <Link className="button" href="/staff/new">
            Добавить сотрудника
          </Link>
        </p>
      )}
      {staff.length === 0 ? (
        <p className="notice">Сотрудников в базе нет. Загрузите список из XLSX или CSV или добавьте вручную.</p>
      ) : (
        <table className="data" data-testid="staff">
          <thead>
            <tr>
              <th>№</th>
              <th>Ф.И.О.</th>
              <th>Должность</th>
              <th>Предметы</th>
              <th>Возраст, лет</th>
              <th>Педагогический стаж, лет</th>
              <th>Банк</th>
              <th>Согласие на обработку ПДн</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((p, i) => {
              const name = fullNameOf(p);
              return (
                <tr key={p.id}>
                  <td>{i + 1}</td>
                  <td>{editable ? <Link href={`/staff/${p.id}`}>{name}</Link> : name}</td>
                  <td>{p.position}</td>
                  <td>{p.subjects.join(', ')}</td>
                  <td>{ageOn(p.birthDate, today) ?? '—'}</td>
                  <td>{experienceOn(p.pedagogicalStart, today) ?? '—'}</td>
                  <td>{p.bank ? BANK_LABELS[p.bank] : '—'}</td>
                  <td>{personalDataCell(p)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
