// Pairs and groups of the student model (stage 5), their meetings with the intermediate
// feedback (stage 6) and results (stage 7). A pair is formed from the bases under the rules of
// lib/domain/students/matching; every id from a request is loaded inside the caller's school.
import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Tx } from '@/db/client';
import { pupils, studentFormVariants, studentForms, studentMentees, studentPairMeetings, studentPairMentees, studentPairs } from '@/db/schema';
import { AppError, conflict, notFound } from '@/lib/core/errors';
import { classLabel } from '@/lib/domain/students/age';
import { pairProblems } from '@/lib/domain/students/matching';
import type {
  createStudentPairSchema,
  studentAgreementSchema,
  studentMeetingSchema,
  studentResultsSchema,
} from '@/lib/domain/validations/students-pairs';
import { inScope, type Scope } from '@/lib/server/auth/scope';
import type { OpContext } from '../context';
import { loadDocument } from '../documents/load-document';
import { studentMentorCandidates } from './bases';
import { loadStudentPair, type StudentPairView } from './pairs-read';

export async function createStudentPair(ctx: OpContext, input: z.output<typeof createStudentPairSchema>) {
  const org = ctx.scope.orgId;
  const [form] = await ctx.tx.select()
    .from(studentForms)
    .where(and(eq(studentForms.id, input.formId), eq(studentForms.organizationId, org), eq(studentForms.archived, false)));
  if (!form) throw notFound('Форма наставничества');
  if (input.variantId) {
    const [variant] = await ctx.tx.select()
      .from(studentFormVariants)
      .where(and(eq(studentFormVariants.id, input.variantId), eq(studentFormVariants.formId, form.id)));
    if (!variant) throw notFound('Ролевая модель');
  }
  // Locks the school's pairs so two curators cannot both take a mentor's last place.
  await ctx.tx.select({ id: studentPairs.id }).from(studentPairs).where(eq(studentPairs.organizationId, org)).for('update');
  const mentor = (await studentMentorCandidates(ctx.tx, org)).find((m) => m.id === input.mentorId);
  if (!mentor) throw notFound('Наставник', 'masculine');
  const mentees = await ctx.tx
    .select({
      id: pupils.id,
      lastName: pupils.lastName,
      firstName: pupils.firstName,
      grade: pupils.grade,
      classLetter: pupils.classLetter,
      inBase: studentMentees.pupilId,
    })
    .from(pupils)
    .leftJoin(studentMentees, eq(studentMentees.pupilId, pupils.id))
    .where(and(inArray(pupils.id, input.menteeIds), eq(pupils.organizationId, org)));
  if (mentees.length !== new Set(input.menteeIds).size) throw notFound('Обучающийся', 'masculine');
  const outside = mentees.filter((m) => !m.inBase).map((m) => `${m.lastName} ${m.firstName} (${classLabel(m)})`);
  const problems = [
    ...(outside.length ? [`Не в базе наставляемых: ${outside.join(', ')}`] : []),
    ...pairProblems({ form, mentor, menteePupilIds: input.menteeIds, kind: input.kind, startDate: input.startDate }),
  ];
  if (problems.length) throw new AppError('VALIDATION', `${problems.join('. ')}.`);
  const [pair] = await ctx.tx
    .insert(studentPairs)
    .values({
      organizationId: org,
      mentorId: mentor.id,
      formId: form.id,
      variantId: input.variantId,
      kind: input.kind,
      startDate: input.startDate,
      endDate: input.endDate,
    })
    .returning({ id: studentPairs.id });
  await ctx.tx.insert(studentPairMentees).values(input.menteeIds.map((pupilId) => ({ pairId: pair!.id, pupilId })));
  await ctx.audit({ action: 'student_pair.create', entity: 'student_pair', entityId: pair!.id, after: { mentorId: mentor.id, menteeIds: input.menteeIds, formId: form.id } });
  return { id: pair!.id };
}

/** A pair of the caller's school for a write; anything else is "not found". */
export async function requireStudentPair(ctx: OpContext, pairId: string): Promise<StudentPairView> {
  await ctx.tx.select({ id: studentPairs.id })
    .from(studentPairs)
    .where(and(eq(studentPairs.id, pairId), eq(studentPairs.organizationId, ctx.scope.orgId))).for('update');
  const view = await loadStudentPair(ctx.tx, ctx.scope, pairId);
  if (!view || view.pair.organizationId !== ctx.scope.orgId) throw notFound('Пара', 'feminine');
  return view;
}

/** A teacher mentor's ст. 351.8 additional agreement: an issued additional-agreement document of the school. */
export async function setStudentPairAgreement(ctx: OpContext, input: z.output<typeof studentAgreementSchema>) {
  const view = await requireStudentPair(ctx, input.pairId);
  if (view.mentorKind !== 'teacher') throw new AppError('VALIDATION', 'Дополнительное соглашение заключается только с педагогом — работником школы.');
  const doc = await loadDocument(ctx.tx, ctx.scope, input.documentId);
  if (doc.organizationId !== ctx.scope.orgId || doc.template !== 'additional-agreement') throw new AppError('VALIDATION', 'Выберите дополнительное соглашение к трудовому договору этой школы.');
  if (doc.status !== 'issued') throw conflict('Дополнительное соглашение ещё не оформлено (черновик).');
  await ctx.tx.update(studentPairs).set({ agreementId: doc.id, updatedAt: new Date() }).where(eq(studentPairs.id, view.pair.id));
  await ctx.audit({ action: 'student_pair.agreement', entity: 'student_pair', entityId: view.pair.id, after: { documentId: doc.id } });
  return { id: view.pair.id };
}

export async function recordStudentMeeting(ctx: OpContext, input: z.output<typeof studentMeetingSchema>) {
  const view = await requireStudentPair(ctx, input.pairId);
  if (view.pair.status !== 'active') throw conflict('Встречи записываются у пары, закреплённой приказом.');
  if (input.heldOn < view.pair.startDate) throw new AppError('VALIDATION', 'Встреча раньше начала работы пары.', { heldOn: ['Встреча раньше начала работы пары.'] });
  const [row] = await ctx.tx
    .insert(studentPairMeetings)
    .values({ organizationId: ctx.scope.orgId, pairId: view.pair.id, heldOn: input.heldOn, topic: input.topic, feedback: input.feedback ?? '' })
    .returning({ id: studentPairMeetings.id });
  await ctx.audit({ action: 'student_pair.meeting', entity: 'student_pair', entityId: view.pair.id, after: { heldOn: input.heldOn } });
  return { id: row!.id };
}

export async function setStudentPairResults(ctx: OpContext, input: z.output<typeof studentResultsSchema>) {
  const view = await requireStudentPair(ctx, input.pairId);
  if (view.pair.status !== 'active') throw conflict('Итоги записываются у пары, закреплённой приказом и ещё не завершённой.');
  await ctx.tx.update(studentPairs).set({ results: input.results, best: input.best, updatedAt: new Date() }).where(eq(studentPairs.id, view.pair.id));
  await ctx.audit({ action: 'student_pair.results', entity: 'student_pair', entityId: view.pair.id, after: { best: input.best } });
  return { id: view.pair.id };
}

export async function listStudentMeetings(db: Db | Tx, scope: Scope, pairId: string) {
  return db
    .select()
    .from(studentPairMeetings)
    .where(and(eq(studentPairMeetings.pairId, pairId), inScope(scope, studentPairMeetings.organizationId)))
    .orderBy(asc(studentPairMeetings.heldOn));
}
