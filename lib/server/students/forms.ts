// The school's forms of mentoring of pupils («ученик – ученик» …) and their role variants:
// editable data, seeded from DEFAULT_STUDENT_FORMS the first time the school opens them. A
// form or variant a pair uses is archived, never deleted: the pair and its order keep naming it.
import 'server-only';
import { and, asc, count, eq, max, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { type StudentForm, type StudentFormVariant, studentFormVariants, studentForms, studentPairs } from '@/db/schema';
import { AppError, notFound } from '@/lib/core/errors';
import type { StudentMentorKind } from '@/lib/domain/students/vocabulary';
import { parseId, type Scope } from '@/lib/server/auth/scope';
import type { OpContext } from '../context';
import { ensureStudentForms } from './forms-defaults';
import { lockStudentSchool, ownSchoolOnly, ownStudentSchool } from './pupils';

export { ensureStudentForms };

const FORM_WHAT = 'Форма наставничества';
const VARIANT_WHAT = 'Вариант формы';

export interface FormWithVariants extends StudentForm {
  pairs: number;
  variants: (StudentFormVariant & { pairs: number })[];
}

/** The school's forms (archived last) with their variants and how many pairs use each. */
export async function listStudentForms(db: Db, scope: Scope, opts: { withArchived?: boolean } = {}): Promise<FormWithVariants[]> {
  const org = await ownStudentSchool(db, scope);
  await ensureStudentForms(db, org.id);
  const [forms, variants, formUse, variantUse] = await Promise.all([
    db
      .select()
      .from(studentForms)
      .where(ownSchoolOnly(scope, studentForms.organizationId))
      .orderBy(asc(studentForms.archived), asc(studentForms.sortOrder), asc(studentForms.name)),
    db
      .select()
      .from(studentFormVariants)
      .where(ownSchoolOnly(scope, studentFormVariants.organizationId))
      .orderBy(asc(studentFormVariants.archived), asc(studentFormVariants.sortOrder), asc(studentFormVariants.name)),
    db.select({ id: studentPairs.formId, n: count() }).from(studentPairs).where(eq(studentPairs.organizationId, org.id)).groupBy(studentPairs.formId),
    db.select({ id: studentPairs.variantId, n: count() }).from(studentPairs).where(eq(studentPairs.organizationId, org.id)).groupBy(studentPairs.variantId),
  ]);
  const formPairs = new Map(formUse.map((u) => [u.id, u.n]));
  const variantPairs = new Map(variantUse.map((u) => [u.id, u.n]));
  return forms
    .filter((f) => opts.withArchived !== false || !f.archived)
    .map((f) => ({
      ...f,
      pairs: formPairs.get(f.id) ?? 0,
      variants: variants
        .filter((v) => v.formId === f.id && (opts.withArchived !== false || !v.archived))
        .map((v) => ({ ...v, pairs: variantPairs.get(v.id) ?? 0 })),
    }));
}

export async function loadStudentForm(db: Db | Tx, scope: Scope, rawId: unknown): Promise<StudentForm> {
  const id = parseId(rawId, FORM_WHAT);
  const [row] = await db
    .select()
    .from(studentForms)
    .where(and(eq(studentForms.id, id), ownSchoolOnly(scope, studentForms.organizationId)))
    .limit(1);
  if (!row) throw notFound(FORM_WHAT);
  return row;
}

export async function loadStudentFormVariant(db: Db | Tx, scope: Scope, rawId: unknown): Promise<StudentFormVariant> {
  const id = parseId(rawId, VARIANT_WHAT, 'masculine');
  const [row] = await db
    .select()
    .from(studentFormVariants)
    .where(and(eq(studentFormVariants.id, id), ownSchoolOnly(scope, studentFormVariants.organizationId)))
    .limit(1);
  if (!row) throw notFound(VARIANT_WHAT, 'masculine');
  return row;
}

async function assertFreeFormName(tx: Tx, organizationId: string, name: string, exceptId?: string) {
  const [same] = await tx
    .select({ id: studentForms.id })
    .from(studentForms)
    .where(and(eq(studentForms.organizationId, organizationId), sql`lower(${studentForms.name}) = lower(${name})`, exceptId ? sql`${studentForms.id} <> ${exceptId}` : undefined))
    .limit(1);
  if (same) throw new AppError('CONFLICT', `Форма «${name}» уже есть.`, { name: [`Форма «${name}» уже есть.`] });
}

async function assertFreeVariantName(tx: Tx, formId: string, name: string, exceptId?: string) {
  const [same] = await tx
    .select({ id: studentFormVariants.id })
    .from(studentFormVariants)
    .where(and(eq(studentFormVariants.formId, formId), sql`lower(${studentFormVariants.name}) = lower(${name})`, exceptId ? sql`${studentFormVariants.id} <> ${exceptId}` : undefined))
    .limit(1);
  if (same) throw new AppError('CONFLICT', `Вариант «${name}» у этой формы уже есть.`, { name: [`Вариант «${name}» у этой формы уже есть.`] });
}

export async function addStudentForm(ctx: OpContext, input: { name: string; mentorKinds: StudentMentorKind[] }): Promise<{ id: string }> {
  const org = await lockStudentSchool(ctx);
  await ensureStudentForms(ctx.tx, org.id);
  await assertFreeFormName(ctx.tx, org.id, input.name);
  const [last] = await ctx.tx.select({ n: max(studentForms.sortOrder) }).from(studentForms).where(eq(studentForms.organizationId, org.id));
  const [row] = await ctx.tx
    .insert(studentForms)
    .values({ organizationId: org.id, name: input.name, mentorKinds: input.mentorKinds, sortOrder: (last?.n ?? 0) + 1 })
    .returning();
  await ctx.audit({ action: 'student_form.create', entity: 'student_form', entityId: row!.id, organizationId: org.id, after: { name: row!.name, mentorKinds: row!.mentorKinds } });
  return { id: row!.id };
}

export async function updateStudentForm(ctx: OpContext, input: { formId: string; name: string; mentorKinds: StudentMentorKind[] }): Promise<{ id: string }> {
  const org = await lockStudentSchool(ctx);
  const before = await loadStudentForm(ctx.tx, ctx.scope, input.formId);
  await assertFreeFormName(ctx.tx, org.id, input.name, before.id);
  await ctx.tx.update(studentForms).set({ name: input.name, mentorKinds: input.mentorKinds }).where(eq(studentForms.id, before.id));
  await ctx.audit({
    action: 'student_form.update',
    entity: 'student_form',
    entityId: before.id,
    organizationId: org.id,
    before: { name: before.name, mentorKinds: before.mentorKinds },
    after: { name: input.name, mentorKinds: input.mentorKinds },
  });
  return { id: before.id };
}

export async function setStudentFormArchived(ctx: OpContext, input: { formId: string; archived: boolean }): Promise<{ id: string }> {
  const org = await lockStudentSchool(ctx);
  const before = await loadStudentForm(ctx.tx, ctx.scope, input.formId);
  await ctx.tx.update(studentForms).set({ archived: input.archived }).where(eq(studentForms.id, before.id));
  await ctx.audit({ action: input.archived ? 'student_form.archive' : 'student_form.restore', entity: 'student_form', entityId: before.id, organizationId: org.id, after: { name: before.name } });
  return { id: before.id };
}

/** Deletes a form no pair has used; a used one is archived instead, and the answer says which happened. */
export async function removeStudentForm(ctx: OpContext, input: { formId: string }): Promise<{ outcome: 'deleted' | 'archived' }> {
  const org = await lockStudentSchool(ctx);
  const form = await loadStudentForm(ctx.tx, ctx.scope, input.formId);
  const [used] = await ctx.tx.select({ n: count() }).from(studentPairs).where(eq(studentPairs.formId, form.id));
  if (used!.n > 0) {
    await ctx.tx.update(studentForms).set({ archived: true }).where(eq(studentForms.id, form.id));
    await ctx.audit({ action: 'student_form.archive', entity: 'student_form', entityId: form.id, organizationId: org.id, after: { name: form.name, pairs: used!.n } });
    return { outcome: 'archived' };
  }
  await ctx.tx.delete(studentForms).where(eq(studentForms.id, form.id));
  await ctx.audit({ action: 'student_form.delete', entity: 'student_form', entityId: form.id, organizationId: org.id, before: { name: form.name } });
  return { outcome: 'deleted' };
}

export async function addStudentFormVariant(ctx: OpContext, input: { formId: string; name: string }): Promise<{ id: string }> {
  const org = await lockStudentSchool(ctx);
  const form = await loadStudentForm(ctx.tx, ctx.scope, input.formId);
  await assertFreeVariantName(ctx.tx, form.id, input.name);
  const [last] = await ctx.tx.select({ n: max(studentFormVariants.sortOrder) }).from(studentFormVariants).where(eq(studentFormVariants.formId, form.id));
  const [row] = await ctx.tx
    .insert(studentFormVariants)
    .values({ organizationId: org.id, formId: form.id, name: input.name, sortOrder: (last?.n ?? 0) + 1 })
    .returning();
  await ctx.audit({ action: 'student_form.variant_create', entity: 'student_form', entityId: form.id, organizationId: org.id, after: { variant: row!.name } });
  return { id: row!.id };
}

export async function renameStudentFormVariant(ctx: OpContext, input: { variantId: string; name: string }): Promise<{ id: string }> {
  const org = await lockStudentSchool(ctx);
  const before = await loadStudentFormVariant(ctx.tx, ctx.scope, input.variantId);
  await assertFreeVariantName(ctx.tx, before.formId, input.name, before.id);
  await ctx.tx.update(studentFormVariants).set({ name: input.name }).where(eq(studentFormVariants.id, before.id));
  await ctx.audit({ action: 'student_form.variant_update', entity: 'student_form', entityId: before.formId, organizationId: org.id, before: { variant: before.name }, after: { variant: input.name } });
  return { id: before.id };
}

export async function setStudentFormVariantArchived(ctx: OpContext, input: { variantId: string; archived: boolean }): Promise<{ id: string }> {
  const org = await lockStudentSchool(ctx);
  const before = await loadStudentFormVariant(ctx.tx, ctx.scope, input.variantId);
  await ctx.tx.update(studentFormVariants).set({ archived: input.archived }).where(eq(studentFormVariants.id, before.id));
  await ctx.audit({
    action: input.archived ? 'student_form.variant_archive' : 'student_form.variant_restore',
    entity: 'student_form',
    entityId: before.formId,
    organizationId: org.id,
    after: { variant: before.name },
  });
  return { id: before.id };
}

/** Deletes a variant no pair has used; a used one is archived instead. */
export async function removeStudentFormVariant(ctx: OpContext, input: { variantId: string }): Promise<{ outcome: 'deleted' | 'archived' }> {
  const org = await lockStudentSchool(ctx);
  const v = await loadStudentFormVariant(ctx.tx, ctx.scope, input.variantId);
  const [used] = await ctx.tx.select({ n: count() }).from(studentPairs).where(eq(studentPairs.variantId, v.id));
  if (used!.n > 0) {
    await ctx.tx.update(studentFormVariants).set({ archived: true }).where(eq(studentFormVariants.id, v.id));
    await ctx.audit({ action: 'student_form.variant_archive', entity: 'student_form', entityId: v.formId, organizationId: org.id, after: { variant: v.name, pairs: used!.n } });
    return { outcome: 'archived' };
  }
  await ctx.tx.delete(studentFormVariants).where(eq(studentFormVariants.id, v.id));
  await ctx.audit({ action: 'student_form.variant_delete', entity: 'student_form', entityId: v.formId, organizationId: org.id, before: { variant: v.name } });
  return { outcome: 'deleted' };
}
