import type { Metadata } from 'next';
import Link from 'next/link';
import { ImportWizard } from '@/components/staff/import-wizard';
import { todayIso } from '@/lib/server/clock';
import { scopedPage } from '@/lib/server/scoped-read';
import { importStaffAction, previewStaffImportAction, readStaffFileAction } from '../actions';

export const metadata: Metadata = { title: 'Загрузка сотрудников' };

export default async function StaffImportPage() {
  const { scope } = await scopedPage('staff.edit');
  return (
    <>
      <p>
        <Link href="/staff">← Сотрудники</Link>
      </p>
      <h1>Загрузка сотрудников: {scope.orgShortName}</h1>
      <p className="muted">
        Таблица XLSX или CSV, как её ведёт школа: одна строка — один сотрудник. Фамилия, имя и отчество — в отдельных столбцах или одним столбцом
        «ФИО». Даты — ДД.ММ.ГГГГ или ячейки-даты Excel. Если в какой-то строке ошибка, не записывается ничего.
      </p>
      <ImportWizard today={todayIso()} read={readStaffFileAction} preview={previewStaffImportAction} commit={importStaffAction} />
    </>
  );
}
