import type { Metadata } from 'next';
import Link from 'next/link';
import { ExternalMentorForm } from '@/components/students/people/external-mentor-form';
import { fullNameOf } from '@/lib/core/russian';
import { notFoundOnAppError } from '@/lib/server/not-found';
import { scopedPage } from '@/lib/server/scoped-read';
import { loadExternalMentor } from '@/lib/server/students/external-mentors';
import { updateExternalMentorAction } from '../actions';

export const metadata: Metadata = { title: 'Внешний наставник' };

export default async function ExternalMentorPage({ params }: { params: Promise<{ id: string }> }) {
  const { read } = await scopedPage('students.manage');
  const m = await notFoundOnAppError(read(loadExternalMentor, (await params).id));
  return (
    <>
      <p>
        <Link href="/students/external">← Внешние наставники</Link>
      </p>
      <h1>{fullNameOf(m)}</h1>
      <div className="card">
        <ExternalMentorForm
          externalId={m.id}
          action={updateExternalMentorAction}
          defaults={{
            lastName: m.lastName,
            firstName: m.firstName,
            middleName: m.middleName ?? '',
            gender: m.genderOverride ?? 'auto',
            keepFatherName: m.keepFatherName,
            kind: m.kind,
            employer: m.employer,
            position: m.position,
          }}
        />
      </div>
    </>
  );
}
