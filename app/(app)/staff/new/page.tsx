import type { Metadata } from 'next';
import { PersonForm } from '@/components/staff/person-form';
import { todayIso } from '@/lib/server/clock';
import { scopedPage } from '@/lib/server/scoped-read';
import { createPersonAction } from '../actions';

export const metadata: Metadata = { title: 'Новый сотрудник' };

export default async function NewPersonPage() {
  await scopedPage('staff.edit');
  return (
    <>
      <h1>Новый сотрудник</h1>
      <div className="card">
        <PersonForm
          today={todayIso()}
          action={createPersonAction}
          defaults={{
            lastName: '',
            firstName: '',
            middleName: '',
            gender: 'auto',
            position: '',
            subjects: '',
            email: '',
            birthDate: '',
            pedagogicalStart: '',
            personalDataConsent: false,
            personalDataConsentDate: '',
          }}
        />
      </div>
    </>
  );
}
