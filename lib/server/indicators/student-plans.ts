// The planned values of the student model's indicators, per year, kept by the region: the
// regional operator sets a year's values; every district and school of the region reads them.
import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Tx } from '@/db/client';
import { studentIndicatorPlans } from '@/db/schema';
import { assertCan } from '@/lib/domain/permissions';
import type { StudentPlan } from '@/lib/domain/students/indicators';
import type { studentPlanSchema } from '@/lib/domain/validations/students-monitoring';
import type { Scope } from '@/lib/server/auth/scope';
import type { OpContext } from '../context';

/** The region of any organization is the first id on its path. */
export const regionOf = (path: string) => path.split('/').filter(Boolean)[0]!;

/** The region's own plans (seed 002's defaults apply where it set none: planForYear). */
export async function loadStudentPlans(db: Db | Tx, scope: Scope): Promise<StudentPlan[]> {
  const rows = await db
    .select({ year: studentIndicatorPlans.year, menteeShare: studentIndicatorPlans.menteeShare, mentorShare: studentIndicatorPlans.mentorShare })
    .from(studentIndicatorPlans)
    .where(eq(studentIndicatorPlans.organizationId, regionOf(scope.orgPath)))
    .orderBy(asc(studentIndicatorPlans.year));
  return rows.map((r) => ({ year: r.year, menteeShare: Number(r.menteeShare), mentorShare: Number(r.mentorShare) }));
}

export async function saveStudentPlan(ctx: OpContext, input: z.output<typeof studentPlanSchema>): Promise<{ year: number }> {
  // monitoring.manage is the regional operator's: the plans are the region's, not a district's.
  assertCan(ctx.scope, 'monitoring.manage');
  const organizationId = ctx.scope.orgId;
  const values = { menteeShare: input.menteeShare.toFixed(2), mentorShare: input.mentorShare.toFixed(2) };
  const [before] = await ctx.tx
    .select()
    .from(studentIndicatorPlans)
    .where(and(eq(studentIndicatorPlans.organizationId, organizationId), eq(studentIndicatorPlans.year, input.year)))
    .for('update');
  await ctx.tx
    .insert(studentIndicatorPlans)
    .values({ organizationId, year: input.year, ...values })
    .onConflictDoUpdate({ target: [studentIndicatorPlans.organizationId, studentIndicatorPlans.year], set: values });
  await ctx.audit({ action: 'students.indicator_plan.save', entity: 'student_indicator_plan', entityId: organizationId, before: before ?? null, after: input });
  return { year: input.year };
}
