import type { Metadata } from 'next';
import { MunicipalityImport } from '@/components/district/municipality-import';
import { ImportGuide } from '@/components/import/import-guide';
import { MUNICIPALITY_COLUMN_LABELS as L } from '@/lib/domain/import/municipality-list';
import { scopedPage } from '@/lib/server/scoped-read';
import { importMunicipalitiesAction, previewMunicipalityImportAction } from './actions';

export const metadata: Metadata = { title: 'Импорт списка муниципалитетов' };

const COLUMNS: [string, string][] = [
  [L.fullName, 'обязательно'],
  [L.shortName, 'обязательно, например МКУ «Управление образования г. Бийска»'],
  [L.city, 'обязательно, например г. Бийск'],
  [L.headPosition, 'обязательно, например Начальник'],
  [L.headFullName, 'обязательно, полностью; или три столбца «Фамилия руководителя», «Имя руководителя», «Отчество руководителя»'],
  [L.coordinatorFullName, 'обязательно, полностью; или три столбца «Фамилия координатора», «Имя координатора», «Отчество координатора»'],
  [L.coordinatorEmail, 'обязательно, станет логином координатора'],
  [L.orderSuffix, 'необязательно'],
];

export default async function MunicipalityImportPage() {
  const { scope } = await scopedPage('districts.create');
  return (
    <>
      <h1>Импорт списка муниципалитетов: {scope.orgShortName}</h1>
      <ImportGuide
        rows="Одна строка — один муниципалитет (орган управления образованием) с его координатором. Для каждого координатора создаётся учётная запись с временным паролем: пароли будут показаны один раз после регистрации, координатор сменит свой при первом входе."
        templateHref="/districts/import/template.xlsx"
        columns={COLUMNS}
        allOrNothing="Муниципалитеты регистрируются все вместе или ни один"
      />
      <MunicipalityImport preview={previewMunicipalityImportAction} commit={importMunicipalitiesAction} />
    </>
  );
}
