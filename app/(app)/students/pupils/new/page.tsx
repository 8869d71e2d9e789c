import type { Metadata } from 'next';
import Link from 'next/link';
import { PupilForm } from '@/components/students/people/pupil-form';
import { scopedPage } from '@/lib/server/scoped-read';
import { createPupilAction } from '../actions';

export const metadata: Metadata = { title: 'Новый обучающийся' };

export default async function NewPupilPage({ searchParams }: { searchParams: Promise<{ class?: string }> }) {
  await scopedPage('students.manage');
  const schoolClass = ((await searchParams).class ?? '').slice(0, 20);
  return (
    <>
      <p>
        <Link href="/students">← Обучающиеся</Link>
      </p>
      <h1>Новый обучающийся</h1>
      <div className="card">
        <PupilForm action={createPupilAction} defaults={{ lastName: '', firstName: '', middleName: '', gender: 'auto', keepFatherName: false, birthDate: '', schoolClass }} />
      </div>
    </>
  );
}
