// Registers a region's municipalities from a spreadsheet, each with its coordinator's
// account, all or nothing — the school import's path (organizations/import-list.ts) with
// createMunicipality per row. Each coordinator gets a one-time password, returned once and
// replaced at the first sign-in.
import 'server-only';
import type { Db, Tx } from '@/db/client';
import { fullNameOf } from '@/lib/core/russian';
import { type MunicipalityListRow, parseMunicipalityList } from '@/lib/domain/import/municipality-list';
import { readSheet } from '@/lib/domain/import/read-sheet';
import { assertCan } from '@/lib/domain/permissions';
import { requireOrgInScope, type Scope } from '@/lib/server/auth/scope';
import type { OpContext } from '../context';
import { checkAgainstRegistered, type ListCheck, registerEach } from '../organizations/import-list';
import { createMunicipality } from './create-municipality';

export type MunicipalityImportCheck = ListCheck<Omit<MunicipalityListRow, 'line'>>;

export interface ImportedMunicipality {
  line: number;
  id: string;
  shortName: string;
  coordinatorName: string;
  email: string;
  /** Shown once on the result page. */
  password: string;
}

export async function checkMunicipalityList(db: Db | Tx, scope: Scope, file: File): Promise<MunicipalityImportCheck> {
  assertCan(scope, 'districts.create');
  const region = await requireOrgInScope(db, scope, scope.orgId);
  const table = await readSheet(new Uint8Array(await file.arrayBuffer()), file.name);
  return checkAgainstRegistered(db, region.id, parseMunicipalityList(table), (r) => r.coordinatorEmail, 'Муниципалитет с таким кратким наименованием уже зарегистрирован.');
}

/** Preview: what would be registered and what stops it. Writes nothing. */
export const previewMunicipalityImport = (ctx: OpContext, input: { file: File }) => checkMunicipalityList(ctx.tx, ctx.scope, input.file);

export type MunicipalityImportResult =
  | { imported: ImportedMunicipality[]; errors: [] }
  | { imported: []; errors: MunicipalityImportCheck['errors'] };

export async function importMunicipalities(ctx: OpContext, input: { file: File }): Promise<MunicipalityImportResult> {
  const check = await checkMunicipalityList(ctx.tx, ctx.scope, input.file);
  if (check.errors.length) return { imported: [], errors: check.errors };
  const imported = await registerEach(
    check.rows,
    async ({ line, ...row }): Promise<ImportedMunicipality> => {
      const { id, email, password } = await createMunicipality(ctx, row);
      const coordinatorName = fullNameOf({ lastName: row.coordinatorLastName, firstName: row.coordinatorFirstName, middleName: row.coordinatorMiddleName });
      return { line, id, shortName: row.shortName, coordinatorName, email, password };
    },
    'Ни один муниципалитет не зарегистрирован.',
  );
  await ctx.audit({
    action: 'municipality.import',
    entity: 'organization',
    entityId: ctx.scope.orgId,
    after: { file: input.file.name.slice(0, 200), municipalities: imported.length },
  });
  return { imported, errors: [] };
}
