// Registers a district's schools from a spreadsheet, each with its head's account, all or
// nothing. The preview and the import read the same file through the same checks; the
// import registers every row with createSchool inside the action's one transaction
// (lib/server/organizations/import-list.ts, shared with the municipality import).
//
// Passwords: each head gets a one-time password, returned once to the result page, never
// stored in clear, logged or audited, and replaced by the head at the first sign-in. A
// password column is not offered on purpose: spreadsheets are mailed around and kept, and a
// typed password would outlive the import.
import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Db, Tx } from '@/db/client';
import { fullNameOf } from '@/lib/core/russian';
import { oneTimePassword } from '@/lib/domain/accounts/password-policy';
import { readSheet } from '@/lib/domain/import/read-sheet';
import { parseSchoolList, type SchoolListRow } from '@/lib/domain/import/school-list';
import { assertCan } from '@/lib/domain/permissions';
import { requireOrgInScope, type Scope } from '@/lib/server/auth/scope';
import type { OpContext } from '../context';
import { checkAgainstRegistered, type ListCheck, registerEach } from '../organizations/import-list';
import { createSchool } from '../schools/create-school';

export type SchoolImportCheck = ListCheck<Omit<SchoolListRow, 'line'>>;

export interface ImportedSchool {
  line: number;
  id: string;
  shortName: string;
  headName: string;
  email: string;
  /** Shown once on the result page. */
  password: string;
}

export async function checkSchoolList(db: Db | Tx, scope: Scope, file: File): Promise<SchoolImportCheck> {
  assertCan(scope, 'schools.create');
  const district = await requireOrgInScope(db, scope, scope.orgId);
  const table = await readSheet(new Uint8Array(await file.arrayBuffer()), file.name);
  const list = parseSchoolList(table, { city: district.city, orderSuffix: '-од' });
  return checkAgainstRegistered(db, district.id, list, (r) => r.headEmail, 'Организация с таким кратким наименованием уже зарегистрирована.');
}

/** Preview: what would be registered and what stops it. Writes nothing. */
export const previewSchoolImport = (ctx: OpContext, input: { file: File }) => checkSchoolList(ctx.tx, ctx.scope, input.file);

export type SchoolImportResult = { imported: ImportedSchool[]; errors: [] } | { imported: []; errors: SchoolImportCheck['errors'] };

export async function importSchools(ctx: OpContext, input: { file: File }): Promise<SchoolImportResult> {
  const check = await checkSchoolList(ctx.tx, ctx.scope, input.file);
  if (check.errors.length) return { imported: [], errors: check.errors };
  const imported = await registerEach(
    check.rows,
    async ({ line, ...school }): Promise<ImportedSchool> => {
      const password = oneTimePassword((n) => randomBytes(n));
      const { id } = await createSchool(ctx, { ...school, headPassword: password }, { oneTimePassword: true });
      const headName = fullNameOf({ lastName: school.headLastName, firstName: school.headFirstName, middleName: school.headMiddleName });
      return { line, id, shortName: school.shortName, headName, email: school.headEmail, password };
    },
    'Ни одна школа не зарегистрирована.',
  );
  await ctx.audit({ action: 'school.import', entity: 'organization', entityId: ctx.scope.orgId, after: { file: input.file.name.slice(0, 200), schools: imported.length } });
  return { imported, errors: [] };
}
