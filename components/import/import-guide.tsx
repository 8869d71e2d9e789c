// What an import page says before the file is chosen: the file it takes, a downloadable
// sample, the columns with how to fill them, and that the rows register all or none.
import { MAX_SPREADSHEET_BYTES, megabytes } from '@/lib/domain/uploads';

export function ImportGuide({
  rows,
  templateHref,
  columns,
  allOrNothing,
}: {
  /** What one row of the table is and what registering it creates. */
  rows: React.ReactNode;
  templateHref: string;
  /** Column header → how to fill it. */
  columns: readonly (readonly [string, string])[];
  /** «Школы регистрируются все вместе или ни одна». */
  allOrNothing: string;
}) {
  return (
    <div className="card">
      <p>
        Загрузите таблицу XLSX или CSV (как её сохраняет Excel, с разделителем «;» или «,»), до {megabytes(MAX_SPREADSHEET_BYTES)}. {rows} Первая
        строка с названиями столбцов — заголовок; строки выше неё пропускаются.
      </p>
      <p>
        <a href={templateHref} download>
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
            {columns.map(([label, note]) => (
              <tr key={label}>
                <td>{label}</td>
                <td>{note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">{allOrNothing}: если в какой-то строке ошибка, исправьте файл и загрузите его снова.</p>
    </div>
  );
}
