import type { Metadata } from 'next';
import { SchoolImport } from '@/components/district/school-import';
import { COLUMN_LABELS } from '@/lib/domain/import/school-list';
import { MAX_SPREADSHEET_BYTES, megabytes } from '@/lib/domain/uploads';
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
      <div className="card">
        <p>
          Загрузите таблицу XLSX или CSV (как её сохраняет Excel, с разделителем «;» или «,»), до {megabytes(MAX_SPREADSHEET_BYTES)}. Первая строка с
          названиями столбцов — заголовок; строки выше неё пропускаются. Для каждой школы создаётся учётная запись
          руководителя с временным паролем: пароли будут показаны один раз после регистрации.
        </p>
        <p>
          <a href="/schools/import/template.xlsx" download>
            Скачать образец таблицы (XLSX)
          </a>
        </p>
        <table className="data" tabIndex={0}>
          <thead>
            <tr>
              <th>Столбец</th>
              <th>Заполнение</th>
            </tr>
          </thead>
          <tbody>
            {COLUMNS.map(([label, note]) => (
              <tr key={label}>
                <td>{label}</td>
                <td>{note}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">Школы регистрируются все вместе или ни одна: если в какой-то строке ошибка, исправьте файл и загрузите его снова.</p>
      </div>
      <SchoolImport preview={previewSchoolImportAction} commit={importSchoolsAction} />
    </>
  );
}
