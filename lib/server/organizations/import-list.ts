// What the school import and the municipality import share on the server: the rows of a
// parsed list checked against what is already registered (sibling organizations by short
// name, accounts by e-mail), and registration row by row inside the action's one
// transaction, so a failure on row 27 leaves rows 1–26 unregistered too.
import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { organizations, users } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import type { OrganizationList, RowError } from '@/lib/domain/import/organization-list';
import { readAll } from '@/lib/server/read-all';

export interface ListCheck<R> {
  rows: (R & { line: number })[];
  errors: RowError[];
}

/**
 * The parsed list with the rows that clash with organizations under `parentId` or with
 * accounts: every error, in row order, and only the rows free of any.
 */
export async function checkAgainstRegistered<R extends { shortName: string }>(
  db: Db | Tx,
  parentId: string,
  list: OrganizationList<R>,
  emailOf: (row: R) => string,
  duplicateName: string,
): Promise<ListCheck<R>> {
  const dbErrors: RowError[] = [];
  if (list.rows.length) {
    const names = list.rows.map((r) => r.shortName.toLowerCase());
    const emails = list.rows.map((r) => emailOf(r).toLowerCase());
    const [takenNames, takenEmails] = await readAll(db, [
      () =>
        db
          .select({ name: sql<string>`lower(${organizations.shortName})` })
          .from(organizations)
          .where(and(eq(organizations.parentId, parentId), inArray(sql`lower(${organizations.shortName})`, names))),
      () => db.select({ email: sql<string>`lower(${users.email})` }).from(users).where(inArray(sql`lower(${users.email})`, emails)),
    ]);
    const nameSet = new Set(takenNames.map((r) => r.name));
    const emailSet = new Set(takenEmails.map((r) => r.email));
    for (const r of list.rows) {
      const messages = [
        ...(nameSet.has(r.shortName.toLowerCase()) ? [duplicateName] : []),
        ...(emailSet.has(emailOf(r).toLowerCase()) ? ['Пользователь с таким адресом электронной почты уже зарегистрирован.'] : []),
      ];
      if (messages.length) dbErrors.push({ line: r.line, messages });
    }
  }
  const errors = [...list.errors, ...dbErrors].sort((a, b) => a.line - b.line);
  const bad = new Set(errors.map((e) => e.line));
  return { rows: list.rows.filter((r) => !bad.has(r.line)), errors };
}

/**
 * Registers each row in turn; a refusal is rethrown naming its row, and the caller's
 * transaction rolls every earlier row back — `nothing` says so: «Ни одна школа не зарегистрирована.»
 */
export async function registerEach<R extends { line: number }, T>(rows: R[], register: (row: R) => Promise<T>, nothing: string): Promise<T[]> {
  const done: T[] = [];
  for (const row of rows) {
    try {
      done.push(await register(row));
    } catch (e) {
      if (e instanceof AppError) throw new AppError(e.code, `Строка ${row.line}: ${e.message} ${nothing}`);
      throw e;
    }
  }
  return done;
}
