'use client';
// The school list import of a district: the shared organization import with the head as the person.
import { OrganizationImport } from '@/components/forms/organization-import';
import { fullNameOf } from '@/lib/core/russian';
import type { ActionResult } from '@/lib/server/action-result';
import type { SchoolImportCheck, SchoolImportResult } from '@/lib/server/district/import-schools';

type Action<T> = (input: FormData) => Promise<ActionResult<T>>;

export function SchoolImport({ preview, commit }: { preview: Action<SchoolImportCheck>; commit: Action<SchoolImportResult> }) {
  return (
    <OrganizationImport
      preview={preview}
      commit={commit}
      texts={{
        fileLabel: 'Файл со списком школ',
        personHeader: 'Руководитель',
        registerLabel: (n) => `Зарегистрировать школы (${n}) и учётные записи руководителей`,
        passwordsFile: 'Пароли руководителей.csv',
        handTo: 'руководителям',
        linkBase: '/schools',
      }}
      showRow={(r) => ({
        line: r.line,
        organization: r.shortName,
        person: `${r.headPosition} ${fullNameOf({ lastName: r.headLastName, firstName: r.headFirstName, middleName: r.headMiddleName })}`,
        email: r.headEmail,
      })}
      showDone={(s) => ({ line: s.line, id: s.id, organization: s.shortName, person: s.headName, email: s.email, password: s.password })}
    />
  );
}
