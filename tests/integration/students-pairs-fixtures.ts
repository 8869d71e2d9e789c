// Rows the people pages of the student model create (S1's branch): pupils with their
// guardians, the default forms, the mentee base and mentors, inserted directly so the pairs
// tests do not wait for those pages.
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { externalMentors, guardians, people, pupils, studentFormVariants, studentForms, studentMentees, studentMentors, studentSettings } from '@/db/schema';
import { DEFAULT_STUDENT_FORMS } from '@/lib/domain/students/vocabulary';

export async function seedForms(db: Db, organizationId: string) {
  const out: Record<string, { id: string; variants: string[] }> = {};
  for (const [i, f] of DEFAULT_STUDENT_FORMS.entries()) {
    const [form] = await db.insert(studentForms)
      .values({ organizationId, name: f.name, mentorKinds: [...f.mentorKinds], sortOrder: i })
      .returning({ id: studentForms.id });
    const variants = await db
      .insert(studentFormVariants)
      .values(f.variants.map((name, k) => ({ organizationId, formId: form!.id, name, sortOrder: k })))
      .returning({ id: studentFormVariants.id });
    out[f.name] = { id: form!.id, variants: variants.map((v) => v.id) };
  }
  return out;
}

export async function pupil(db: Db, organizationId: string, p: { lastName: string; firstName: string; middleName?: string; birthDate: string; grade: number; classLetter: string }, opts: { mentee?: string | null; guardian?: { lastName: string; firstName: string; middleName: string; relation: 'mother' | 'father' } } = {}) {
  const [row] = await db.insert(pupils).values({ organizationId, middleName: null, ...p }).returning({ id: pupils.id });
  const g = opts.guardian
    ? (await db.insert(guardians)
      .values({ organizationId, pupilId: row!.id, ...opts.guardian, authorityDocument: 'свидетельство о рождении II-ТО № 123456' })
      .returning({ id: guardians.id }))[0]!.id
    : null;
  if (opts.mentee !== undefined && opts.mentee !== null) await db.insert(studentMentees)
    .values({ pupilId: row!.id, organizationId, request: opts.mentee, addedOn: '2026-09-05' });
  return { id: row!.id, guardianId: g };
}

export async function pupilMentor(db: Db, organizationId: string, pupilId: string, capacity = 2) {
  const [m] = await db.insert(studentMentors)
    .values({ organizationId, kind: 'pupil', pupilId, capacity, addedOn: '2026-09-05', selected: true, training: 'completed' })
    .returning({ id: studentMentors.id });
  return m!.id;
}

type Staff = { lastName: string; firstName: string; middleName: string; position: string };

export async function teacherMentor(db: Db, organizationId: string, p: Staff, personalDataConsent = true) {
  const [person] = await db.insert(people)
    .values({ organizationId, ...p, subjects: [], personalDataConsent, personalDataConsentDate: personalDataConsent ? '2026-09-01' : null })
    .returning({ id: people.id });
  const [m] = await db.insert(studentMentors)
    .values({ organizationId, kind: 'teacher', personId: person!.id, capacity: 3, addedOn: '2026-09-05' })
    .returning({ id: studentMentors.id });
  return { personId: person!.id, mentorId: m!.id };
}

export async function externalMentor(db: Db, organizationId: string) {
  const [e] = await db.insert(externalMentors)
    .values({ organizationId, lastName: 'Сидоров', firstName: 'Пётр', middleName: 'Ильич', kind: 'student', employer: 'Бийский педагогический колледж', position: '3 курс' })
    .returning({ id: externalMentors.id });
  const [m] = await db.insert(studentMentors)
    .values({ organizationId, kind: 'student', externalId: e!.id, capacity: 2, addedOn: '2026-09-05' })
    .returning({ id: studentMentors.id });
  return { externalId: e!.id, mentorId: m!.id };
}

export async function settings(db: Db, organizationId: string, s: { cosignAge?: number | null; publishesNames?: boolean }) {
  await db.insert(studentSettings).values({ organizationId, ...s }).onConflictDoUpdate({ target: studentSettings.organizationId, set: s });
}

export async function linkTeacher(db: Db, userId: string, personId: string) {
  const { users } = await import('@/db/schema');
  await db.update(users).set({ personId }).where(eq(users.id, userId));
}
