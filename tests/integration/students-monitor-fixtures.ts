// Rows of the student model for the monitoring and indicator tests, inserted directly: the
// pages that create pupils, forms and pairs live on other branches (people, pairs).
import type { Db } from '@/db/client';
import { pupils, studentForms, studentMentors, studentPairMentees, studentPairs } from '@/db/schema';
import type { PairStatus } from '@/lib/domain/mentoring/vocabulary';

export async function pupil(db: Db, organizationId: string, lastName: string, birthDate: string, grade = 7): Promise<string> {
  const [row] = await db
    .insert(pupils)
    .values({ organizationId, lastName, firstName: 'Тимур', middleName: 'Рашидович', birthDate, grade, classLetter: 'А' })
    .returning({ id: pupils.id });
  return row!.id;
}

export async function form(db: Db, organizationId: string, name: string): Promise<string> {
  const [row] = await db
    .insert(studentForms)
    .values({ organizationId, name, mentorKinds: ['pupil', 'teacher'] })
    .returning({ id: studentForms.id });
  return row!.id;
}

export async function pupilMentor(db: Db, organizationId: string, pupilId: string): Promise<string> {
  const [row] = await db.insert(studentMentors).values({ organizationId, kind: 'pupil', pupilId, addedOn: '2026-09-01' }).returning({ id: studentMentors.id });
  return row!.id;
}

export async function teacherMentor(db: Db, organizationId: string, personId: string): Promise<string> {
  const [row] = await db.insert(studentMentors).values({ organizationId, kind: 'teacher', personId, addedOn: '2026-09-01' }).returning({ id: studentMentors.id });
  return row!.id;
}

export interface PairRow {
  mentorId: string;
  formId: string;
  mentees: string[];
  status?: PairStatus;
  startDate?: string;
  endDate?: string;
  endedOn?: string | null;
}

export async function pair(db: Db, organizationId: string, p: PairRow): Promise<string> {
  const [row] = await db
    .insert(studentPairs)
    .values({
      organizationId,
      mentorId: p.mentorId,
      formId: p.formId,
      kind: 'индивидуальное',
      startDate: p.startDate ?? '2026-09-01',
      endDate: p.endDate ?? '2027-05-31',
      status: p.status ?? 'active',
      endedOn: p.endedOn ?? null,
    })
    .returning({ id: studentPairs.id });
  await db.insert(studentPairMentees).values(p.mentees.map((pupilId) => ({ pairId: row!.id, pupilId })));
  return row!.id;
}
