'use client';
// The municipality list import of a region: the shared organization import with the coordinator as the person.
import { OrganizationImport } from '@/components/forms/organization-import';
import { fullNameOf } from '@/lib/core/russian';
import type { ActionResult } from '@/lib/server/action-result';
import type { MunicipalityImportCheck, MunicipalityImportResult } from '@/lib/server/municipalities/import-municipalities';

type Action<T> = (input: FormData) => Promise<ActionResult<T>>;

export function MunicipalityImport({ preview, commit }: { preview: Action<MunicipalityImportCheck>; commit: Action<MunicipalityImportResult> }) {
  return (
    <OrganizationImport
      preview={preview}
      commit={commit}
      texts={{
        fileLabel: 'Файл со списком муниципалитетов',
        personHeader: 'Координатор',
        registerLabel: (n) => `Зарегистрировать муниципалитеты (${n}) и учётные записи координаторов`,
        passwordsFile: 'Пароли координаторов.csv',
        handTo: 'координаторам',
      }}
      showRow={(r) => ({
        line: r.line,
        organization: r.shortName,
        person: fullNameOf({ lastName: r.coordinatorLastName, firstName: r.coordinatorFirstName, middleName: r.coordinatorMiddleName }),
        email: r.coordinatorEmail,
      })}
      showDone={(m) => ({ line: m.line, id: m.id, organization: m.shortName, person: m.coordinatorName, email: m.email, password: m.password })}
    />
  );
}
