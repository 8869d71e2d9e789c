// The default forms of mentoring of pupils a school starts with. No 'server-only' here: the
// demo seed and the region generator run it outside Next.js.
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { studentFormVariants, studentForms } from '@/db/schema';
import { DEFAULT_STUDENT_FORMS } from '@/lib/domain/students/vocabulary';

/**
 * Gives a school the default forms with their variants once: only while it has no form at
 * all, so a form the school deleted does not come back. Safe to call on every visit and from
 * concurrent requests (the unique names absorb a race).
 */
export async function ensureStudentForms(tx: Db | Tx, organizationId: string): Promise<void> {
  const [any] = await tx.select({ id: studentForms.id }).from(studentForms).where(eq(studentForms.organizationId, organizationId)).limit(1);
  if (any) return;
  for (const [i, form] of DEFAULT_STUDENT_FORMS.entries()) {
    const [row] = await tx
      .insert(studentForms)
      .values({ organizationId, name: form.name, mentorKinds: [...form.mentorKinds], sortOrder: i + 1 })
      .onConflictDoNothing()
      .returning({ id: studentForms.id });
    if (!row) continue;
    await tx
      .insert(studentFormVariants)
      .values(form.variants.map((name, j) => ({ organizationId, formId: row.id, name, sortOrder: j + 1 })))
      .onConflictDoNothing();
  }
}

