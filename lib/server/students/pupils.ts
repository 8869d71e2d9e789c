// Pupils of the caller's school. A pupil's data (name, birth date, class, parents) is read only
// by the school's own head and curator: every op here filters by the caller's own school, not
// by the scope's subtree, so a district or the region cannot read a child even by a forged id
// (they get counts: pupilCountsInScope).
import 'server-only';
import { and, count, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '@/db/client';
import { type Guardian, guardians, type Organization, organizations, type Pupil, pupils } from '@/db/schema';
import { AppError, forbidden, notFound } from '@/lib/core/errors';
import { classLabel } from '@/lib/domain/students/classes';
import type { KnownPupil } from '@/lib/domain/students/import-pupils';
import { type PupilInput, pupilBirthDateProblem, type UpdatePupilInput } from '@/lib/domain/validations/students-people';
import { inScope, parseId, type Scope } from '@/lib/server/auth/scope';
import { todayIso } from '../clock';
import type { OpContext } from '../context';

export const PUPIL_WHAT = 'Запись об обучающемся';

/** The caller's own school; a district or region account has no pupils to read. */
export async function ownStudentSchool(db: Db | Tx, scope: Scope): Promise<Organization> {
  if (scope.orgKind !== 'school') throw forbidden();
  const [org] = await db.select().from(organizations).where(eq(organizations.id, scope.orgId)).limit(1);
  if (!org) throw notFound('Организация');
  return org;
}

/** Locked while the pupil list changes, so two submissions cannot both pass the duplicate check. */
export async function lockStudentSchool(ctx: OpContext): Promise<Organization> {
  const org = await ownStudentSchool(ctx.tx, ctx.scope);
  await ctx.tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, org.id)).for('update');
  return org;
}

/** The where-clause of every read of children's data: the caller's own school only. */
export const ownSchoolOnly = (scope: Scope, column: AnyPgColumn): SQL =>
  scope.orgKind === 'school' ? eq(column, scope.orgId) : sql`false`;

export async function loadPupil(db: Db | Tx, scope: Scope, rawId: unknown): Promise<Pupil> {
  const id = parseId(rawId, PUPIL_WHAT);
  const [pupil] = await db
    .select()
    .from(pupils)
    .where(and(eq(pupils.id, id), ownSchoolOnly(scope, pupils.organizationId)))
    .limit(1);
  if (!pupil) throw notFound(PUPIL_WHAT);
  return pupil;
}

/** A pupil with their legal representatives, for the pupil's card. */
export async function pupilCard(db: Db, scope: Scope, rawId: unknown): Promise<{ pupil: Pupil; guardians: Guardian[] }> {
  const pupil = await loadPupil(db, scope, rawId);
  const list = await db
    .select()
    .from(guardians)
    .where(and(eq(guardians.pupilId, pupil.id), eq(guardians.organizationId, pupil.organizationId)))
    .orderBy(guardians.createdAt);
  return { pupil, guardians: list };
}

export type PupilListRow = Pupil & { guardianCount: number };

/** Pupils of the school by class, then by name in Russian order (ru_natural: «Ёлкин» after «Елисеев», «10А» after «9А»). */
export async function listPupils(db: Db, scope: Scope, filter: { grade?: number; letter?: string } = {}): Promise<PupilListRow[]> {
  await ownStudentSchool(db, scope);
  const guardianCount = db.$with('guardian_count').as(
    db.select({ pupilId: guardians.pupilId, n: count().as('n') }).from(guardians).where(eq(guardians.organizationId, scope.orgId)).groupBy(guardians.pupilId),
  );
  const rows = await db
    .with(guardianCount)
    .select({ pupil: pupils, n: guardianCount.n })
    .from(pupils)
    .leftJoin(guardianCount, eq(guardianCount.pupilId, pupils.id))
    .where(
      and(
        ownSchoolOnly(scope, pupils.organizationId),
        filter.grade === undefined ? undefined : eq(pupils.grade, filter.grade),
        filter.letter === undefined ? undefined : eq(pupils.classLetter, filter.letter),
      ),
    )
    .orderBy(
      pupils.grade,
      sql`${pupils.classLetter} collate ru_natural`,
      sql`${pupils.lastName} collate ru_natural`,
      sql`${pupils.firstName} collate ru_natural`,
      sql`${pupils.middleName} collate ru_natural`,
    );
  return rows.map((r) => ({ ...r.pupil, guardianCount: Number(r.n ?? 0) }));
}

export interface ClassCount {
  grade: number;
  letter: string;
  label: string;
  pupils: number;
}

/** The school's classes with the number of pupils in each, in school order. */
export async function pupilClasses(db: Db, scope: Scope): Promise<ClassCount[]> {
  await ownStudentSchool(db, scope);
  const rows = await db
    .select({ grade: pupils.grade, letter: pupils.classLetter, n: count() })
    .from(pupils)
    .where(ownSchoolOnly(scope, pupils.organizationId))
    .groupBy(pupils.grade, pupils.classLetter)
    .orderBy(pupils.grade, sql`${pupils.classLetter} collate ru_natural`);
  return rows.map((r) => ({ grade: r.grade, letter: r.letter, label: classLabel({ grade: r.grade, letter: r.letter }), pupils: r.n }));
}

/** What a district or the region may see of pupils: their number per school of its subtree. */
export async function pupilCountsInScope(db: Db, scope: Scope): Promise<{ organizationId: string; pupils: number }[]> {
  return db
    .select({ organizationId: pupils.organizationId, pupils: count() })
    .from(pupils)
    .where(inScope(scope, pupils.organizationId))
    .groupBy(pupils.organizationId);
}

export function knownPupils(tx: Db | Tx, organizationId: string, exceptId?: string): Promise<KnownPupil[]> {
  return tx
    .select({
      lastName: pupils.lastName,
      firstName: pupils.firstName,
      middleName: pupils.middleName,
      birthDate: pupils.birthDate,
      grade: pupils.grade,
      classLetter: pupils.classLetter,
    })
    .from(pupils)
    .where(exceptId ? and(eq(pupils.organizationId, organizationId), ne(pupils.id, exceptId)) : eq(pupils.organizationId, organizationId));
}

const norm = (s: string | null) => (s ?? '').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

export function pupilColumns(p: PupilInput) {
  return {
    lastName: p.lastName,
    firstName: p.firstName,
    middleName: p.middleName,
    genderOverride: p.gender,
    keepFatherName: p.keepFatherName,
    birthDate: p.birthDate,
    grade: p.schoolClass.grade,
    classLetter: p.schoolClass.letter,
  };
}

/** What the audit log keeps of a pupil: name and class, never the birth date. */
export const pupilAuditView = (p: Pick<Pupil, 'lastName' | 'firstName' | 'middleName' | 'grade' | 'classLetter'>) => ({
  lastName: p.lastName,
  firstName: p.firstName,
  middleName: p.middleName,
  class: classLabel({ grade: p.grade, letter: p.classLetter }),
});

async function assertAcceptablePupil(ctx: OpContext, organizationId: string, input: PupilInput, exceptId?: string) {
  const problem = pupilBirthDateProblem(input.birthDate, todayIso());
  if (problem) throw new AppError('VALIDATION', problem, { birthDate: [problem] });
  const key = `${norm(input.lastName)}|${norm(input.firstName)}|${norm(input.middleName)}|${input.birthDate}`;
  const twin = (await knownPupils(ctx.tx, organizationId, exceptId)).find(
    (p) => `${norm(p.lastName)}|${norm(p.firstName)}|${norm(p.middleName)}|${p.birthDate}` === key,
  );
  if (twin) {
    const message = `Такой обучающийся уже есть в списке школы (${classLabel({ grade: twin.grade, letter: twin.classLetter })} класс): то же Ф.И.О. и дата рождения.`;
    throw new AppError('CONFLICT', message, { lastName: [message] });
  }
}

export async function createPupil(ctx: OpContext, input: PupilInput): Promise<{ id: string }> {
  const org = await lockStudentSchool(ctx);
  await assertAcceptablePupil(ctx, org.id, input);
  const [created] = await ctx.tx
    .insert(pupils)
    .values({ organizationId: org.id, ...pupilColumns(input) })
    .returning();
  await ctx.audit({ action: 'pupil.create', entity: 'pupil', entityId: created!.id, organizationId: org.id, after: pupilAuditView(created!) });
  return { id: created!.id };
}

export async function updatePupil(ctx: OpContext, input: UpdatePupilInput): Promise<{ id: string }> {
  const org = await lockStudentSchool(ctx);
  const before = await loadPupil(ctx.tx, ctx.scope, input.pupilId);
  await assertAcceptablePupil(ctx, org.id, input, before.id);
  const [after] = await ctx.tx
    .update(pupils)
    .set({ ...pupilColumns(input), updatedAt: new Date() })
    .where(and(eq(pupils.id, before.id), eq(pupils.organizationId, org.id)))
    .returning();
  await ctx.audit({ action: 'pupil.update', entity: 'pupil', entityId: before.id, organizationId: org.id, before: pupilAuditView(before), after: pupilAuditView(after!) });
  return { id: before.id };
}

/** Pupils by ids, all of the caller's school, or NOT_FOUND: for forms that pick several pupils. */
export async function loadPupils(db: Db | Tx, scope: Scope, ids: readonly string[]): Promise<Pupil[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(pupils)
    .where(and(inArray(pupils.id, [...ids]), ownSchoolOnly(scope, pupils.organizationId)));
  if (rows.length !== new Set(ids).size) throw notFound(PUPIL_WHAT);
  return rows;
}
