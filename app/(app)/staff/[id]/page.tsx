import type { Metadata } from 'next';
import Link from 'next/link';
import { PersonForm } from '@/components/staff/person-form';
import { fullNameOf } from '@/lib/core/russian';
import { todayIso } from '@/lib/server/clock';
import { notFoundOnAppError } from '@/lib/server/not-found';
import { loadPerson } from '@/lib/server/people/load-person';
import { scopedPage } from '@/lib/server/scoped-read';
import { updatePersonAction } from '../actions';

export const metadata: Metadata = { title: 'Сотрудник' };

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { read } = await scopedPage('staff.edit');
  const p = await notFoundOnAppError(read(loadPerson, (await params).id));
  return (
    <>
      <p>
        <Link href="/staff">← Сотрудники</Link>
      </p>
      <h1>{fullNameOf(p)}</h1>
      <p className="muted">
        По запросу сотрудника (ст. 14 152-ФЗ): <a href={`/staff/${p.id}/personal-data`}>выгрузить все сведения о нём одним файлом</a>. Снятая
        отметка о согласии на обработку персональных данных удаляет дату рождения и стаж при сохранении.
      </p>
      <div className="card">
        <PersonForm
          personId={p.id}
          today={todayIso()}
          action={updatePersonAction}
          defaults={{
            lastName: p.lastName,
            firstName: p.firstName,
            middleName: p.middleName ?? '',
            gender: p.genderOverride ?? 'auto',
            name_genitive: p.nameForms?.genitive ?? '',
            name_dative: p.nameForms?.dative ?? '',
            name_accusative: p.nameForms?.accusative ?? '',
            name_instrumental: p.nameForms?.instrumental ?? '',
            name_prepositional: p.nameForms?.prepositional ?? '',
            keepFatherName: p.keepFatherName,
            position: p.position,
            subjects: p.subjects.join(', '),
            email: p.email ?? '',
            birthDate: p.birthDate ?? '',
            pedagogicalStart: p.pedagogicalStart ?? '',
            personalDataConsent: p.personalDataConsent,
            personalDataConsentDate: p.personalDataConsentDate ?? '',
          }}
        />
      </div>
    </>
  );
}
