// Fixtures of the student model's stage 1 and programs: the school's forms with variants,
// pupils, a pupil mentor and an external mentor, and pairs inserted directly (the pairs pages
// are built on another branch), with names the templates accept.
import type { Db } from '@/db/client';
import { externalMentors, pupils, studentFormVariants, studentForms, studentMentors, studentPairMentees, studentPairs } from '@/db/schema';

export async function formWithVariants(db: Db, organizationId: string, name: string, mentorKinds: ('pupil' | 'teacher' | 'student' | 'employer')[], variants: string[], sortOrder = 0) {
  const [form] = await db.insert(studentForms).values({ organizationId, name, mentorKinds, sortOrder }).returning();
  const rows = variants.length
    ? await db
        .insert(studentFormVariants)
        .values(variants.map((v, i) => ({ organizationId, formId: form!.id, name: v, sortOrder: i })))
        .returning()
    : [];
  return { form: form!, variants: rows };
}

interface PupilFields {
  lastName: string;
  firstName: string;
  middleName?: string;
  birthDate: string;
  grade: number;
  classLetter?: string;
}

export async function pupil(db: Db, organizationId: string, p: PupilFields) {
  const [row] = await db
    .insert(pupils)
    .values({ organizationId, ...p, classLetter: p.classLetter ?? '' })
    .returning();
  return row!;
}

export async function pupilMentor(db: Db, organizationId: string, pupilId: string) {
  const [row] = await db.insert(studentMentors).values({ organizationId, kind: 'pupil', pupilId, addedOn: '2026-09-10', selected: true }).returning();
  return row!;
}

export async function employerMentor(db: Db, organizationId: string) {
  const [ext] = await db
    .insert(externalMentors)
    .values({ organizationId, lastName: 'Гребенщиков', firstName: 'Олег', middleName: 'Викторович', kind: 'employer', employer: 'АО «Бийский олеумный завод»', position: 'инженер-технолог' })
    .returning();
  const [row] = await db.insert(studentMentors).values({ organizationId, kind: 'employer', externalId: ext!.id, addedOn: '2026-09-10', selected: true }).returning();
  return row!;
}

export async function pair(
  db: Db,
  organizationId: string,
  p: { mentorId: string; formId: string; variantId?: string | null; menteeIds: string[]; goals?: string; start?: string; end?: string },
) {
  const [row] = await db
    .insert(studentPairs)
    .values({
      organizationId,
      mentorId: p.mentorId,
      formId: p.formId,
      variantId: p.variantId ?? null,
      kind: p.menteeIds.length > 1 ? 'group' : 'pair',
      startDate: p.start ?? '2026-10-01',
      endDate: p.end ?? '2027-05-31',
      status: 'active',
      goals: p.goals ?? '',
    })
    .returning();
  await db.insert(studentPairMentees).values(p.menteeIds.map((pupilId) => ({ pairId: row!.id, pupilId })));
  return row!;
}
