// The school's settings of the student model: from what age a pupil co-signs the consents with
// the parent (14 by default, or never), whether stage 7 publishes names (the distribution
// consent becomes required), and the curator of the student model among the staff.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { people, studentSettings } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import { fullNameOf } from '@/lib/core/russian';
import type { StudentSettingsInput } from '@/lib/domain/validations/students-people';
import type { Scope } from '@/lib/server/auth/scope';
import type { OpContext } from '../context';
import { lockStudentSchool, ownStudentSchool } from './pupils';

export interface StudentSettingsView {
  cosignAge: number | null;
  publishesNames: boolean;
  curatorId: string | null;
  curatorName: string | null;
}

export const DEFAULT_COSIGN_AGE = 14;

/** The settings of a school (the defaults until it saves its own); usable by other ops with the school's id. */
export async function studentSettingsOf(db: Db | Tx, organizationId: string): Promise<StudentSettingsView> {
  const [row] = await db
    .select({ s: studentSettings, lastName: people.lastName, firstName: people.firstName, middleName: people.middleName })
    .from(studentSettings)
    .leftJoin(people, eq(people.id, studentSettings.curatorId))
    .where(eq(studentSettings.organizationId, organizationId))
    .limit(1);
  if (!row) return { cosignAge: DEFAULT_COSIGN_AGE, publishesNames: false, curatorId: null, curatorName: null };
  return {
    cosignAge: row.s.cosignAge,
    publishesNames: row.s.publishesNames,
    curatorId: row.s.curatorId,
    curatorName: row.lastName ? fullNameOf({ lastName: row.lastName, firstName: row.firstName!, middleName: row.middleName }) : null,
  };
}

export async function loadStudentSettings(db: Db, scope: Scope): Promise<StudentSettingsView> {
  const org = await ownStudentSchool(db, scope);
  return studentSettingsOf(db, org.id);
}

/** The staff the curator is chosen from. */
export async function curatorChoices(db: Db, scope: Scope): Promise<{ id: string; name: string; position: string }[]> {
  const org = await ownStudentSchool(db, scope);
  const rows = await db
    .select({ id: people.id, lastName: people.lastName, firstName: people.firstName, middleName: people.middleName, position: people.position })
    .from(people)
    .where(eq(people.organizationId, org.id))
    .orderBy(sql`${people.lastName} collate ru_natural`, sql`${people.firstName} collate ru_natural`);
  return rows.map((r) => ({ id: r.id, name: fullNameOf(r), position: r.position }));
}

export async function saveStudentSettings(ctx: OpContext, input: StudentSettingsInput): Promise<{ ok: true }> {
  const org = await lockStudentSchool(ctx);
  if (input.curatorId) {
    const [staff] = await ctx.tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.id, input.curatorId), eq(people.organizationId, org.id)))
      .limit(1);
    if (!staff) throw new AppError('VALIDATION', 'Куратор выбирается из сотрудников школы.', { curatorId: ['Куратор выбирается из сотрудников школы.'] });
  }
  const before = await studentSettingsOf(ctx.tx, org.id);
  const values = { cosignAge: input.cosignAge, publishesNames: input.publishesNames, curatorId: input.curatorId, updatedAt: new Date() };
  await ctx.tx
    .insert(studentSettings)
    .values({ organizationId: org.id, ...values })
    .onConflictDoUpdate({ target: studentSettings.organizationId, set: values });
  await ctx.audit({
    action: 'student_settings.update',
    entity: 'organization',
    entityId: org.id,
    organizationId: org.id,
    before: { cosignAge: before.cosignAge, publishesNames: before.publishesNames, curatorId: before.curatorId },
    after: { cosignAge: input.cosignAge, publishesNames: input.publishesNames, curatorId: input.curatorId },
  });
  return { ok: true };
}
