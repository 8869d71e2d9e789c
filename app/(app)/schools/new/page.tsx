import type { Metadata } from 'next';
import { CreateSchoolForm } from '@/components/forms/create-school-form';
import { scopedPage } from '@/lib/server/scoped-read';
import { createSchoolAction } from '../actions';

export const metadata: Metadata = { title: 'Новая школа' };

export default async function NewSchoolPage() {
  await scopedPage('schools.create');
  return (
    <>
      <h1>Регистрация образовательной организации</h1>
      <p className="muted">Вместе со школой создаётся учётная запись её руководителя. Передайте ему адрес электронной почты и пароль.</p>
      <CreateSchoolForm action={createSchoolAction} />
    </>
  );
}
