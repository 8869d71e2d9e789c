// Registers a district's schools from a spreadsheet, each with its head's account, all or
// nothing. The preview and the import read the same file through the same checks; the
// import registers every row with createSchool inside the action's one transaction, so a
// failure on row 27 leaves rows 1–26 unregistered too.
//
// Passwords: each head gets a generated initial password, returned once to the result page
// and never stored in clear, logged or audited. A password column is not offered on purpose:
// spreadsheets are mailed around and kept, and a typed password would outlive the import.
import 'server-only';
import { randomInt } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { organizations, users } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import { fullNameOf } from '@/lib/core/russian';
import { readSheet } from '@/lib/domain/import/read-sheet';
import { parseSchoolList, type RowError, type SchoolListRow } from '@/lib/domain/import/school-list';
import { assertCan } from '@/lib/domain/permissions';
import { requireOrgInScope, type Scope } from '@/lib/server/auth/scope';
import { readAll } from '@/lib/server/read-all';
import type { OpContext } from '../context';
import { createSchool } from '../schools/create-school';

export interface SchoolImportCheck {
  rows: SchoolListRow[];
  errors: RowError[];
}

export interface ImportedSchool {
  line: number;
  id: string;
  shortName: string;
  headName: string;
  email: string;
  /** Shown once on the result page. */
  password: string;
}

/** Letters and digits that cannot be misread when typed from paper (no 0/O, 1/l/I). */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const generatePassword = (length = 12) => Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

/** Rows that clash with schools or accounts already registered. */
async function conflictsWithDatabase(db: Db | Tx, districtId: string, rows: SchoolListRow[]): Promise<RowError[]> {
  if (rows.length === 0) return [];
  const names = rows.map((r) => r.shortName.toLowerCase());
  const emails = rows.map((r) => r.headEmail);
  const [takenNames, takenEmails] = await readAll(db, [
    () =>
      db
        .select({ name: sql<string>`lower(${organizations.shortName})` })
        .from(organizations)
        .where(and(eq(organizations.parentId, districtId), inArray(sql`lower(${organizations.shortName})`, names))),
    () => db.select({ email: sql<string>`lower(${users.email})` }).from(users).where(inArray(sql`lower(${users.email})`, emails)),
  ]);
  const nameSet = new Set(takenNames.map((r) => r.name));
  const emailSet = new Set(takenEmails.map((r) => r.email));
  return rows.flatMap((r) => {
    const messages = [
      ...(nameSet.has(r.shortName.toLowerCase()) ? ['Организация с таким кратким наименованием уже зарегистрирована.'] : []),
      ...(emailSet.has(r.headEmail) ? ['Пользователь с таким адресом электронной почты уже зарегистрирован.'] : []),
    ];
    return messages.length ? [{ line: r.line, messages }] : [];
  });
}

export async function checkSchoolList(db: Db | Tx, scope: Scope, file: File): Promise<SchoolImportCheck> {
  assertCan(scope, 'schools.create');
  const district = await requireOrgInScope(db, scope, scope.orgId);
  const table = await readSheet(new Uint8Array(await file.arrayBuffer()), file.name);
  const list = parseSchoolList(table, { city: district.city, orderSuffix: '-од' });
  const errors = [...list.errors, ...(await conflictsWithDatabase(db, district.id, list.rows))].sort((a, b) => a.line - b.line);
  const bad = new Set(errors.map((e) => e.line));
  return { rows: list.rows.filter((r) => !bad.has(r.line)), errors };
}

/** Preview: what would be registered and what stops it. Writes nothing. */
export const previewSchoolImport = (ctx: OpContext, input: { file: File }) => checkSchoolList(ctx.tx, ctx.scope, input.file);

export type SchoolImportResult = { imported: ImportedSchool[]; errors: [] } | { imported: []; errors: RowError[] };

export async function importSchools(ctx: OpContext, input: { file: File }): Promise<SchoolImportResult> {
  const check = await checkSchoolList(ctx.tx, ctx.scope, input.file);
  if (check.errors.length) return { imported: [], errors: check.errors };
  const imported: ImportedSchool[] = [];
  for (const row of check.rows) {
    const password = generatePassword();
    const { line, ...school } = row;
    try {
      const { id } = await createSchool(ctx, { ...school, headPassword: password });
      const headName = fullNameOf({ lastName: row.headLastName, firstName: row.headFirstName, middleName: row.headMiddleName });
      imported.push({ line, id, shortName: row.shortName, headName, email: row.headEmail, password });
    } catch (e) {
      // Rethrown with the row number; the action's transaction rolls every row back.
      if (e instanceof AppError) throw new AppError(e.code, `Строка ${line}: ${e.message} Ни одна школа не зарегистрирована.`);
      throw e;
    }
  }
  await ctx.audit({ action: 'school.import', entity: 'organization', entityId: ctx.scope.orgId, after: { file: input.file.name.slice(0, 200), schools: imported.length } });
  return { imported, errors: [] };
}
