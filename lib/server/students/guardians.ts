// Legal representatives of a pupil: the parent (or guardian) who signs the consents for the
// child, with the document confirming the authority. Only the pupil's own school edits them.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { type Guardian, guardians } from '@/db/schema';
import { notFound } from '@/lib/core/errors';
import { GUARDIAN_RELATION_LABELS } from '@/lib/domain/students/vocabulary';
import type { GuardianInput, UpdateGuardianInput } from '@/lib/domain/validations/students-people';
import { parseId, type Scope } from '@/lib/server/auth/scope';
import type { OpContext } from '../context';
import { loadPupil, lockStudentSchool, ownSchoolOnly } from './pupils';

export const GUARDIAN_WHAT = 'Запись о законном представителе';

export async function loadGuardian(db: Db | Tx, scope: Scope, rawId: unknown): Promise<Guardian> {
  const id = parseId(rawId, GUARDIAN_WHAT);
  const [row] = await db
    .select()
    .from(guardians)
    .where(and(eq(guardians.id, id), ownSchoolOnly(scope, guardians.organizationId)))
    .limit(1);
  if (!row) throw notFound(GUARDIAN_WHAT);
  return row;
}

function guardianColumns(g: Omit<GuardianInput, 'pupilId'>) {
  return {
    lastName: g.lastName,
    firstName: g.firstName,
    middleName: g.middleName,
    genderOverride: g.gender,
    keepFatherName: g.keepFatherName,
    relation: g.relation,
    authorityDocument: g.authorityDocument,
  };
}

const auditView = (g: Pick<Guardian, 'lastName' | 'firstName' | 'middleName' | 'relation'>) => ({
  lastName: g.lastName,
  firstName: g.firstName,
  middleName: g.middleName,
  relation: GUARDIAN_RELATION_LABELS[g.relation],
});

export async function addGuardian(ctx: OpContext, input: GuardianInput): Promise<{ id: string }> {
  const org = await lockStudentSchool(ctx);
  const pupil = await loadPupil(ctx.tx, ctx.scope, input.pupilId);
  const [row] = await ctx.tx
    .insert(guardians)
    .values({ organizationId: org.id, pupilId: pupil.id, ...guardianColumns(input) })
    .returning();
  await ctx.audit({ action: 'guardian.create', entity: 'pupil', entityId: pupil.id, organizationId: org.id, after: auditView(row!) });
  return { id: row!.id };
}

export async function updateGuardian(ctx: OpContext, input: UpdateGuardianInput): Promise<{ id: string; pupilId: string }> {
  const org = await lockStudentSchool(ctx);
  const before = await loadGuardian(ctx.tx, ctx.scope, input.guardianId);
  const [after] = await ctx.tx
    .update(guardians)
    .set(guardianColumns(input))
    .where(and(eq(guardians.id, before.id), eq(guardians.organizationId, org.id)))
    .returning();
  await ctx.audit({ action: 'guardian.update', entity: 'pupil', entityId: before.pupilId, organizationId: org.id, before: auditView(before), after: auditView(after!) });
  return { id: before.id, pupilId: before.pupilId };
}

/** A consent the representative signed keeps its record: the consent's guardian link becomes empty (on delete set null). */
export async function removeGuardian(ctx: OpContext, input: { guardianId: string }): Promise<{ pupilId: string }> {
  const org = await lockStudentSchool(ctx);
  const before = await loadGuardian(ctx.tx, ctx.scope, input.guardianId);
  await ctx.tx.delete(guardians).where(and(eq(guardians.id, before.id), eq(guardians.organizationId, org.id)));
  await ctx.audit({ action: 'guardian.delete', entity: 'pupil', entityId: before.pupilId, organizationId: org.id, before: auditView(before) });
  return { pupilId: before.pupilId };
}
