import type { Metadata } from 'next';
import { ArchiveDownload } from '@/components/district/archive-download';
import { plural } from '@/lib/core/russian';
import { archiveSummary } from '@/lib/server/district/archive';
import { scopedPage } from '@/lib/server/scoped-read';

export const metadata: Metadata = { title: 'Архив документов' };

export default async function ArchivePage() {
  const { read } = await scopedPage('district.orders');
  const summary = await read(archiveSummary);
  return (
    <>
      <h1>Архив документов муниципалитета</h1>
      <p className="muted">
        Один ZIP-файл с папкой на каждую организацию; в конце архива — опись «Опись.csv» с реквизитами каждого файла и его
        контрольной суммой, по которой можно проверить, что файл не изменён после выгрузки.
      </p>
      <div className="card">
        <h2>Изданные документы</h2>
        <p>
          {summary.documents} {plural(summary.documents, ['документ', 'документа', 'документов'])} управления и школ — PDF и DOCX в том виде, в каком они
          изданы.
        </p>
        <ArchiveDownload href="/district/archive/download?kind=documents" label="Скачать документы (ZIP)" estimate={summary.bytes || undefined} />
      </div>
      <div className="card">
        <h2>Листы ознакомления</h2>
        <p>
          {summary.sheets} {plural(summary.sheets, ['лист', 'листа', 'листов'])} «С приказом ознакомлены» с датами, отмеченными на сегодня (PDF).
        </p>
        <ArchiveDownload href="/district/archive/download?kind=sheets" label="Скачать листы ознакомления (ZIP)" />
      </div>
    </>
  );
}
