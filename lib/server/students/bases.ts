// The bases of the student model: mentees with their request (stage 2) and mentors — pupils,
// teachers, external mentors — with competences, capacity, selection and training (stages 3–4).
// Only the school's head and curator read and change them; every id from a request is
// loaded inside the caller's school.
import 'server-only';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Tx } from '@/db/client';
import { externalMentors, people, pupils, studentFormVariants, studentForms, studentMentees, studentMentors, studentPairMentees, studentPairs } from '@/db/schema';
import { AppError, notFound } from '@/lib/core/errors';
import { ageOn, classLabel, MIN_PUPIL_MENTOR_AGE } from '@/lib/domain/students/age';
import type { MentorCandidate } from '@/lib/domain/students/matching';
import { STUDENT_MENTOR_KIND_LABELS, type StudentMentorKind } from '@/lib/domain/students/vocabulary';
import type { addStudentMenteeSchema, addStudentMentorSchema, studentMentorStageSchema } from '@/lib/domain/validations/students-pairs';
import { inScope, type Scope } from '@/lib/server/auth/scope';
import type { OpContext } from '../context';

type Reader = Db | Tx;
const fullName = (r: { lastName: string; firstName: string; middleName: string | null }) => [r.lastName, r.firstName, r.middleName].filter(Boolean).join(' ');

export interface BaseMentor extends MentorCandidate {
  competences: string[];
  selected: boolean;
  training: 'none' | 'in_progress' | 'completed';
  kindLabel: string;
}

/** Every mentor of the school with the mentees of their forming and active pairs counted. */
export async function studentMentorCandidates(db: Reader, organizationId: string): Promise<BaseMentor[]> {
  const rows = await db.select().from(studentMentors).where(eq(studentMentors.organizationId, organizationId)).orderBy(asc(studentMentors.addedOn));
  if (rows.length === 0) return [];
  const loads = await db
    .select({ mentorId: studentPairs.mentorId, n: sql<number>`count(*)::int` })
    .from(studentPairMentees)
    .innerJoin(studentPairs, eq(studentPairs.id, studentPairMentees.pairId))
    .where(and(eq(studentPairs.organizationId, organizationId), inArray(studentPairs.status, ['forming', 'active']), isNull(studentPairMentees.leftOn)))
    .groupBy(studentPairs.mentorId);
  const load = new Map(loads.map((l) => [l.mentorId, l.n]));
  const pupilIds = rows.flatMap((r) => (r.pupilId ? [r.pupilId] : []));
  const personIds = rows.flatMap((r) => (r.personId ? [r.personId] : []));
  const externalIds = rows.flatMap((r) => (r.externalId ? [r.externalId] : []));
  const [ps, staff, ext] = await Promise.all([
    pupilIds.length ? db.select().from(pupils).where(inArray(pupils.id, pupilIds)) : [],
    personIds.length ? db.select().from(people).where(inArray(people.id, personIds)) : [],
    externalIds.length ? db.select().from(externalMentors).where(inArray(externalMentors.id, externalIds)) : [],
  ]);
  return rows.map((r) => {
    const p = ps.find((x) => x.id === r.pupilId);
    const s = staff.find((x) => x.id === r.personId);
    const e = ext.find((x) => x.id === r.externalId);
    const label = p ? `${p.lastName} ${p.firstName} (${classLabel(p)})` : s ? `${fullName(s)} (педагог)` : `${fullName(e!)} (${STUDENT_MENTOR_KIND_LABELS[e!.kind]})`;
    return {
      id: r.id,
      kind: r.kind,
      kindLabel: STUDENT_MENTOR_KIND_LABELS[r.kind],
      label,
      capacity: r.capacity,
      load: load.get(r.id) ?? 0,
      pupil: p ? { id: p.id, birthDate: p.birthDate } : null,
      competences: r.competences,
      selected: r.selected,
      training: r.training,
    };
  });
}

export interface StudentBases {
  mentees: { pupilId: string; label: string; birthDate: string; request: string; addedOn: string }[];
  mentors: BaseMentor[];
  forms: { id: string; name: string; mentorKinds: StudentMentorKind[]; variants: { id: string; name: string }[] }[];
  /** Who may still be added: pupils outside the mentee base, pupils 15+ and staff and external mentors not yet mentors. */
  candidates: {
    pupils: { id: string; label: string; age: number }[];
    staff: { id: string; label: string }[];
    externals: { id: string; label: string; kind: StudentMentorKind }[];
  };
}

export async function listStudentBases(db: Reader, scope: Scope, today: string): Promise<StudentBases> {
  const org = scope.orgId;
  const [menteeRows, allPupils, forms, variants, staff, externals, mentors] = await Promise.all([
    db.select()
      .from(studentMentees)
      .innerJoin(pupils, eq(pupils.id, studentMentees.pupilId))
      .where(and(eq(studentMentees.organizationId, org), inScope(scope, studentMentees.organizationId)))
      .orderBy(asc(pupils.grade), asc(pupils.classLetter), asc(pupils.lastName)),
    db.select().from(pupils).where(and(eq(pupils.organizationId, org), inScope(scope, pupils.organizationId))).orderBy(asc(pupils.lastName)),
    db.select().from(studentForms).where(and(eq(studentForms.organizationId, org), eq(studentForms.archived, false))).orderBy(asc(studentForms.sortOrder)),
    db.select()
      .from(studentFormVariants)
      .where(and(eq(studentFormVariants.organizationId, org), eq(studentFormVariants.archived, false)))
      .orderBy(asc(studentFormVariants.sortOrder)),
    db.select().from(people).where(eq(people.organizationId, org)).orderBy(asc(people.lastName)),
    db.select().from(externalMentors).where(eq(externalMentors.organizationId, org)).orderBy(asc(externalMentors.lastName)),
    studentMentorCandidates(db, org),
  ]);
  const inMenteeBase = new Set(menteeRows.map((r) => r.pupils.id));
  const mentorPupils = new Set(mentors.flatMap((m) => (m.pupil ? [m.pupil.id] : [])));
  const mentorIds = await db.select({ personId: studentMentors.personId, externalId: studentMentors.externalId })
    .from(studentMentors)
    .where(eq(studentMentors.organizationId, org));
  return {
    mentees: menteeRows.map((r) => ({
      pupilId: r.pupils.id,
      label: `${r.pupils.lastName} ${r.pupils.firstName} (${classLabel(r.pupils)})`,
      birthDate: r.pupils.birthDate,
      request: r.student_mentees.request,
      addedOn: r.student_mentees.addedOn,
    })),
    mentors,
    forms: forms.map((f) => ({
      id: f.id,
      name: f.name,
      mentorKinds: f.mentorKinds,
      variants: variants.filter((v) => v.formId === f.id).map((v) => ({ id: v.id, name: v.name })),
    })),
    candidates: {
      pupils: allPupils
        .filter((p) => !inMenteeBase.has(p.id) || !mentorPupils.has(p.id))
        .map((p) => ({ id: p.id, label: `${p.lastName} ${p.firstName} (${classLabel(p)})`, age: ageOn(p.birthDate, today) })),
      staff: staff.filter((s) => !mentorIds.some((m) => m.personId === s.id)).map((s) => ({ id: s.id, label: `${fullName(s)}${s.position ? `, ${s.position}` : ''}` })),
      externals: externals.filter((e) => !mentorIds.some((m) => m.externalId === e.id)).map((e) => ({ id: e.id, label: `${fullName(e)} (${STUDENT_MENTOR_KIND_LABELS[e.kind]})`, kind: e.kind })),
    },
  };
}

async function ownPupil(tx: Tx, scope: Scope, id: string) {
  const [p] = await tx.select().from(pupils).where(and(eq(pupils.id, id), eq(pupils.organizationId, scope.orgId)));
  if (!p) throw notFound('Обучающийся', 'masculine');
  return p;
}

export async function addStudentMentee(ctx: OpContext, input: z.output<typeof addStudentMenteeSchema>) {
  const pupil = await ownPupil(ctx.tx, ctx.scope, input.pupilId);
  await ctx.tx
    .insert(studentMentees)
    .values({ pupilId: pupil.id, organizationId: pupil.organizationId, request: input.request ?? '', addedOn: input.addedOn })
    .onConflictDoUpdate({ target: studentMentees.pupilId, set: { request: input.request ?? '' } });
  await ctx.audit({ action: 'student_base.mentee.add', entity: 'pupil', entityId: pupil.id });
  return { pupilId: pupil.id };
}

export async function addStudentMentor(ctx: OpContext, input: z.output<typeof addStudentMentorSchema>) {
  const org = ctx.scope.orgId;
  const values = { organizationId: org, kind: input.kind, competences: input.competences, capacity: input.capacity, addedOn: input.addedOn };
  let subject: { pupilId?: string; personId?: string; externalId?: string };
  if (input.kind === 'pupil') {
    const p = await ownPupil(ctx.tx, ctx.scope, input.subjectId);
    const age = ageOn(p.birthDate, input.addedOn);
    if (age < MIN_PUPIL_MENTOR_AGE) {
      const message = `${p.lastName} ${p.firstName} (${classLabel(p)}): ${age} лет, наставником может быть обучающийся с ${MIN_PUPIL_MENTOR_AGE} лет.`;
      throw new AppError('VALIDATION', message, { subjectId: [message] });
    }
    subject = { pupilId: p.id };
  } else if (input.kind === 'teacher') {
    const [s] = await ctx.tx.select({ id: people.id }).from(people).where(and(eq(people.id, input.subjectId), eq(people.organizationId, org)));
    if (!s) throw notFound('Сотрудник', 'masculine');
    subject = { personId: s.id };
  } else {
    const [e] = await ctx.tx.select().from(externalMentors).where(and(eq(externalMentors.id, input.subjectId), eq(externalMentors.organizationId, org)));
    if (!e) throw notFound('Внешний наставник', 'masculine');
    if (e.kind !== input.kind) throw new AppError('VALIDATION', `${fullName(e)} — ${STUDENT_MENTOR_KIND_LABELS[e.kind]}, а не ${STUDENT_MENTOR_KIND_LABELS[input.kind]}.`);
    subject = { externalId: e.id };
  }
  const [row] = await ctx.tx.insert(studentMentors).values({ ...values, ...subject }).returning({ id: studentMentors.id });
  await ctx.audit({ action: 'student_base.mentor.add', entity: 'student_mentor', entityId: row!.id, after: { kind: input.kind } });
  return { id: row!.id };
}

/** Stage 4: selected among the volunteers, and trained. */
export async function setStudentMentorStage(ctx: OpContext, input: z.output<typeof studentMentorStageSchema>) {
  const updated = await ctx.tx
    .update(studentMentors)
    .set({ selected: input.selected, training: input.training })
    .where(and(eq(studentMentors.id, input.mentorId), eq(studentMentors.organizationId, ctx.scope.orgId)))
    .returning({ id: studentMentors.id });
  if (updated.length === 0) throw notFound('Наставник', 'masculine');
  await ctx.audit({ action: 'student_base.mentor.stage', entity: 'student_mentor', entityId: input.mentorId, after: input });
  return { id: input.mentorId };
}
