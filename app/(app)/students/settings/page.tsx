import type { Metadata } from 'next';
import Link from 'next/link';
import { StudentSettingsForm } from '@/components/students/people/student-settings-form';
import { scopedPage } from '@/lib/server/scoped-read';
import { curatorChoices, loadStudentSettings } from '@/lib/server/students/settings';
import { saveStudentSettingsAction } from './actions';

export const metadata: Metadata = { title: 'Настройки наставничества обучающихся' };

export default async function StudentSettingsPage() {
  const { read } = await scopedPage('students.manage');
  const [settings, staff] = await Promise.all([read(loadStudentSettings), read(curatorChoices)]);
  return (
    <>
      <p>
        <Link href="/students">← Обучающиеся</Link>
      </p>
      <h1>Настройки наставничества обучающихся</h1>
      <div className="card">
        <StudentSettingsForm
          staff={staff}
          action={saveStudentSettingsAction}
          defaults={{ cosignAge: settings.cosignAge === null ? '' : String(settings.cosignAge), publishesNames: settings.publishesNames, curatorId: settings.curatorId ?? '' }}
        />
      </div>
    </>
  );
}
