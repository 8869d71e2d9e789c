import type { Metadata } from 'next';
import { MunicipalityImport } from '@/components/district/municipality-import';
import { MUNICIPALITY_COLUMN_LABELS as L } from '@/lib/domain/import/municipality-list';
import { MAX_SPREADSHEET_BYTES, megabytes } from '@/lib/domain/uploads';
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
      <div className="card">
        <p>
          Загрузите таблицу XLSX или CSV (как её сохраняет Excel, с разделителем «;» или «,»), до {megabytes(MAX_SPREADSHEET_BYTES)}. Одна строка —
          один муниципалитет (орган управления образованием) с его координатором. Первая строка с названиями столбцов — заголовок; строки
          выше неё пропускаются. Для каждого координатора создаётся учётная запись с временным паролем: пароли будут показаны один раз после
          регистрации, координатор сменит свой при первом входе.
        </p>
        <p>
          <a href="/districts/import/template.xlsx" download>
            Скачать образец таблицы (XLSX)
          </a>
        </p>
        <div className="table-scroll">
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
        </div>
        <p className="muted">
          Муниципалитеты регистрируются все вместе или ни один: если в какой-то строке ошибка, исправьте файл и загрузите его снова.
        </p>
      </div>
      <MunicipalityImport preview={previewMunicipalityImportAction} commit={importMunicipalitiesAction} />
    </>
  );
}
