import type { Metadata } from 'next';
import { SchoolImport } from '@/components/district/school-import';
import { ImportGuide } from '@/components/import/import-guide';
import { COLUMN_LABELS } from '@/lib/domain/import/school-list';
import { scopedPage } from '@/lib/server/scoped-read';
import { importSchoolsAction, previewSchoolImportAction } from './actions';

export const metadata: Metadata = { title: 'Импорт списка школ' };

const COLUMNS: [string, string][] = [
  [COLUMN_LABELS.fullName, 'обязательно'],
  [COLUMN_LABELS.shortName, 'обязательно, например МБОУ «СОШ № 1»'],
  [COLUMN_LABELS.headPosition, 'обязательно, например Директор'],
  [COLUMN_LABELS.headFullName, 'обязательно, полностью; или три столбца «Фамилия», «Имя», «Отчество»'],
  [COLUMN_LABELS.headEmail, 'обязательно, станет логином руководителя'],
  [COLUMN_LABELS.city, 'необязательно, по умолчанию — как у управления образования'],
  [COLUMN_LABELS.orderSuffix, 'необязательно, по умолчанию «-од»'],
];

export default async function SchoolImportPage() {
  await scopedPage('schools.create');
  return (
    <>
      <h1>Импорт списка образовательных организаций</h1>
      <ImportGuide
        rows="Одна строка — одна школа. Для каждой школы создаётся учётная запись руководителя с временным паролем: пароли будут показаны один раз после регистрации, руководитель сменит свой при первом входе."
        templateHref="/schools/import/template.xlsx"
        columns={COLUMNS}
        allOrNothing="Школы регистрируются все вместе или ни одна"
      />
      <SchoolImport preview={previewSchoolImportAction} commit={importSchoolsAction} />
    </>
  );
}
