// Mentors of pupils from outside the school: a college or university student, an employer's
// representative. No staff record, no account; only their school sees them.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { type ExternalMentor, externalMentors } from '@/db/schema';
import { AppError, notFound } from '@/lib/core/errors';
import { fullNameOf } from '@/lib/core/russian';
import type { ExternalMentorInput, UpdateExternalMentorInput } from '@/lib/domain/validations/students-people';
import { parseId, type Scope } from '@/lib/server/auth/scope';
import type { OpContext } from '../context';
import { lockStudentSchool, ownSchoolOnly, ownStudentSchool } from './pupils';

export const EXTERNAL_WHAT = 'Запись о наставнике';

export async function loadExternalMentor(db: Db | Tx, scope: Scope, rawId: unknown): Promise<ExternalMentor> {
  const id = parseId(rawId, EXTERNAL_WHAT);
  const [row] = await db
    .select()
    .from(externalMentors)
    .where(and(eq(externalMentors.id, id), ownSchoolOnly(scope, externalMentors.organizationId)))
    .limit(1);
  if (!row) throw notFound(EXTERNAL_WHAT);
  return row;
}

export async function listExternalMentors(db: Db, scope: Scope): Promise<ExternalMentor[]> {
  await ownStudentSchool(db, scope);
  return db
    .select()
    .from(externalMentors)
    .where(ownSchoolOnly(scope, externalMentors.organizationId))
    .orderBy(sql`${externalMentors.lastName} collate ru_natural`, sql`${externalMentors.firstName} collate ru_natural`);
}

const columns = (m: ExternalMentorInput) => ({
  lastName: m.lastName,
  firstName: m.firstName,
  middleName: m.middleName,
  genderOverride: m.gender,
  keepFatherName: m.keepFatherName,
  kind: m.kind,
  employer: m.employer,
  position: m.position,
});

const auditView = (m: Pick<ExternalMentor, 'lastName' | 'firstName' | 'middleName' | 'kind' | 'employer'>) => ({
  lastName: m.lastName,
  firstName: m.firstName,
  middleName: m.middleName,
  kind: m.kind,
  employer: m.employer,
});

async function assertNoNamesake(tx: Tx, organizationId: string, m: ExternalMentorInput, exceptId?: string) {
  const same = await tx
    .select({ id: externalMentors.id })
    .from(externalMentors)
    .where(
      and(
        eq(externalMentors.organizationId, organizationId),
        sql`lower(${externalMentors.lastName}) = lower(${m.lastName}) and lower(${externalMentors.firstName}) = lower(${m.firstName})
          and lower(coalesce(${externalMentors.middleName}, '')) = lower(${m.middleName ?? ''}) and lower(${externalMentors.employer}) = lower(${m.employer})`,
        exceptId ? sql`${externalMentors.id} <> ${exceptId}` : undefined,
      ),
    )
    .limit(1);
  if (same.length) {
    const message = `${fullNameOf(m)} из организации «${m.employer}» уже есть в списке.`;
    throw new AppError('CONFLICT', message, { lastName: [message] });
  }
}

export async function createExternalMentor(ctx: OpContext, input: ExternalMentorInput): Promise<{ id: string }> {
  const org = await lockStudentSchool(ctx);
  await assertNoNamesake(ctx.tx, org.id, input);
  const [row] = await ctx.tx
    .insert(externalMentors)
    .values({ organizationId: org.id, ...columns(input) })
    .returning();
  await ctx.audit({ action: 'external_mentor.create', entity: 'external_mentor', entityId: row!.id, organizationId: org.id, after: auditView(row!) });
  return { id: row!.id };
}

export async function updateExternalMentor(ctx: OpContext, input: UpdateExternalMentorInput): Promise<{ id: string }> {
  const org = await lockStudentSchool(ctx);
  const before = await loadExternalMentor(ctx.tx, ctx.scope, input.externalId);
  await assertNoNamesake(ctx.tx, org.id, input, before.id);
  const [after] = await ctx.tx
    .update(externalMentors)
    .set({ ...columns(input), updatedAt: new Date() })
    .where(and(eq(externalMentors.id, before.id), eq(externalMentors.organizationId, org.id)))
    .returning();
  await ctx.audit({ action: 'external_mentor.update', entity: 'external_mentor', entityId: before.id, organizationId: org.id, before: auditView(before), after: auditView(after!) });
  return { id: before.id };
}
