import type { Metadata } from 'next';
import Link from 'next/link';
import { PupilImport } from '@/components/students/people/pupil-import';
import { scopedPage } from '@/lib/server/scoped-read';
import { importPupilsAction, previewPupilImportAction, readPupilFileAction } from './actions';

export const metadata: Metadata = { title: 'Загрузка списка класса' };

export default async function PupilImportPage() {
  const { scope } = await scopedPage('students.manage');
  return (
    <>
      <p>
        <Link href="/students">← Обучающиеся</Link>
      </p>
      <h1>Загрузка списка класса: {scope.orgShortName}</h1>
      <p className="muted">
        Таблица XLSX или CSV, как её выгружает электронный журнал: одна строка — один обучающийся. Столбцы «ФИО обучающегося» (или «Фамилия», «Имя»,
        «Отчество»), «Дата рождения», «Класс» (7А, 7 А, 7-а); по желанию «ФИО родителя (законного представителя)» и «Кем приходится». Если в какой-то
        строке ошибка, не записывается ничего. <a href="/students/import/template.xlsx" download>Скачать образец (XLSX)</a>
      </p>
      <PupilImport read={readPupilFileAction} preview={previewPupilImportAction} commit={importPupilsAction} />
    </>
  );
}
