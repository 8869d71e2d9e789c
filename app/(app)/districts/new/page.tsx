import type { Metadata } from 'next';
import { CreateMunicipalityForm } from '@/components/forms/create-municipality-form';
import { scopedPage } from '@/lib/server/scoped-read';
import { createMunicipalityAction } from '../actions';

export const metadata: Metadata = { title: 'Новый муниципалитет' };

export default async function NewMunicipalityPage() {
  const { scope } = await scopedPage('districts.create');
  return (
    <>
      <h1>Регистрация муниципалитета: {scope.orgShortName}</h1>
      <p className="muted">
        Вместе с муниципалитетом (органом управления образованием) создаётся учётная запись его координатора с временным паролем: пароль будет
        показан один раз, координатор сменит его при первом входе и затем зарегистрирует школы.
      </p>
      <CreateMunicipalityForm action={createMunicipalityAction} />
    </>
  );
}
