import type { Metadata } from 'next';
import { EmblemForm } from '@/components/school/emblem-form';
import { PersonalDataSettingsForm } from '@/components/school/personal-data-settings-form';
import { SettingsForm } from '@/components/school/settings-form';
import { DEFAULT_PERSONAL_DATA_CITATIONS } from '@/lib/domain/people/personal-data-terms';
import { can } from '@/lib/domain/permissions';
import { legalBasisRows } from '@/lib/domain/validations/organization';
import { recipientsText } from '@/lib/domain/validations/personal-data-settings';
import { requireOrgInScope } from '@/lib/server/auth/scope';
import { notFoundOnAppError } from '@/lib/server/not-found';
import { personalDataTermsOf } from '@/lib/server/organizations/personal-data-terms';
import { listSchools } from '@/lib/server/schools/list-schools';
import { scopedPage } from '@/lib/server/scoped-read';
import { updateEmblemAction, updatePersonalDataSettingsAction, updateSettingsAction } from './actions';

export const metadata: Metadata = { title: 'Сведения об организации' };

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ org?: string }> }) {
  const { scope, read } = await scopedPage('org.settings');
  const { org: orgParam } = await searchParams;
  const org = await notFoundOnAppError(read(requireOrgInScope, orgParam ?? scope.orgId));
  // A district coordinator keeps the settings of the district's schools too.
  const schools = can(scope, 'schools.view') ? await read(listSchools) : [];
  const terms = await read((db) => personalDataTermsOf(db, org));
  return (
    <>
      <h1>Сведения об организации</h1>
      {schools.length > 0 && (
        <form method="get" className="row" style={{ marginBottom: '1rem' }}>
          <div className="field">
            <label htmlFor="settings-org">Организация</label>
            <select id="settings-org" name="org" defaultValue={org.id}>
              <option value={scope.orgId}>{scope.orgShortName}</option>
              {schools.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.shortName}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="secondary">
            Открыть
          </button>
        </form>
      )}
      <p className="muted">
        Эти сведения попадают в шапку, преамбулу и подпись каждого приказа. Основания перечисляются в преамбуле после слов «В соответствии с» в
        указанном порядке.
      </p>
      <SettingsForm
        key={org.id}
        action={updateSettingsAction}
        defaults={{
          organizationId: org.id,
          fullName: org.fullName,
          shortName: org.shortName,
          city: org.city,
          headPosition: org.headPosition,
          headLastName: org.headLastName,
          headFirstName: org.headFirstName,
          headMiddleName: org.headMiddleName ?? '',
          headGender: org.headGender ?? 'auto',
          orderSuffix: org.orderSuffix,
          personnelOrderSuffix: org.personnelOrderSuffix,
          payBasis: org.payBasis,
          maxMenteesPerMentor: org.maxMenteesPerMentor,
          legalBases: legalBasisRows(org.legalBases),
          address: org.address,
          phone: org.phone,
          email: org.email,
          ogrn: org.ogrn,
          inn: org.inn,
        }}
      />
      <EmblemForm
        key={`emblem-${org.id}`}
        organizationId={org.id}
        action={updateEmblemAction}
        current={org.emblem && org.emblemFormat ? `data:image/${org.emblemFormat};base64,${org.emblem.toString('base64')}` : null}
      />
      <h2>Персональные данные и электронный документооборот</h2>
      <PersonalDataSettingsForm
        key={`pd-${org.id}`}
        action={updatePersonalDataSettingsAction}
        defaults={{
          organizationId: org.id,
          operatorAddress: terms.operatorAddress,
          processorName: terms.processor?.name ?? '',
          processorAddress: terms.processor?.address ?? '',
          recipients: recipientsText(terms.recipients),
          term: terms.term,
          citations: terms.citations ?? DEFAULT_PERSONAL_DATA_CITATIONS,
          electronicHrActDate: org.electronicHrAct?.date ?? '',
          electronicHrActNumber: org.electronicHrAct?.number ?? '',
        }}
      />
    </>
  );
}
