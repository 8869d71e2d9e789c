// Programs of student pairs and groups: created from a pair (its form, role variant,
// participants, term and goals), edited (goal, tasks, plan rows, results), plan rows marked
// done, printed from the student-program template with the current marks. Reads and writes
// stay inside the caller's school; a pair or program id from another school is not found.
import 'server-only';
import { isDeepStrictEqual } from 'node:util';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import {
  externalMentors,
  organizations,
  people,
  pupils,
  studentFormVariants,
  studentForms,
  studentMentors,
  studentPairMentees,
  studentPairs,
  studentPrograms,
  studentSettings,
} from '@/db/schema';
import { AppError, conflict, notFound } from '@/lib/core/errors';
import { detectGender, fullNameOf, initialsAfter } from '@/lib/core/russian';
import { renderDocx, renderPdf } from '@/lib/documents/render';
import { personNameOf, staffMemberOf } from '@/lib/domain/mentoring/staff';
import { assertCan } from '@/lib/domain/permissions';
import { doneText } from '@/lib/domain/school/program-data';
import { defaultProgram, planProgress, type ProgramParticipant, pupilRole, type StudentProgramData, withPlanMark } from '@/lib/domain/students/program';
import type { MarkStudentProgram, StudentProgramForm } from '@/lib/domain/students/program-input';
import { STUDENT_MENTOR_KIND_LABELS } from '@/lib/domain/students/vocabulary';
import { inScope, parseId, type Scope } from '@/lib/server/auth/scope';
import { STALE_PROGRAM_MESSAGE } from '@/lib/server/programs/stale-save';
import { studentProgram } from '@/templates/student-program';
import { todayIso } from '../clock';
import type { OpContext } from '../context';
import { validateTemplateData } from '../documents/render-frozen';
import { requireOrgRequisites } from '../organizations/requisites';

type Reader = Db | Tx;

const pupilName = (p: typeof pupils.$inferSelect) => personNameOf({ ...p, position: '' });

function pupilParticipant(p: typeof pupils.$inferSelect): ProgramParticipant {
  const person = pupilName(p);
  return { person, role: pupilRole(p.grade, p.classLetter, detectGender(person) === 'female') };
}

/** The pair of the caller's school, or «not found» — also for an id of another school. */
async function loadPair(db: Reader, scope: Scope, rawId: unknown) {
  const id = parseId(rawId, 'Наставническая пара');
  const [pair] = await db
    .select()
    .from(studentPairs)
    .where(and(eq(studentPairs.id, id), eq(studentPairs.organizationId, scope.orgId), inScope(scope, studentPairs.organizationId)))
    .limit(1);
  if (!pair) throw notFound('Наставническая пара');
  return pair;
}

/** The mentor of a pair as the program names them: a pupil, a teacher or an external mentor. */
async function mentorOf(db: Reader, mentorId: string): Promise<ProgramParticipant> {
  const [m] = await db
    .select({ mentor: studentMentors, pupil: pupils, person: people, external: externalMentors })
    .from(studentMentors)
    .leftJoin(pupils, eq(pupils.id, studentMentors.pupilId))
    .leftJoin(people, eq(people.id, studentMentors.personId))
    .leftJoin(externalMentors, eq(externalMentors.id, studentMentors.externalId))
    .where(eq(studentMentors.id, mentorId));
  if (!m) throw notFound('Наставник', 'masculine');
  if (m.pupil) return pupilParticipant(m.pupil);
  if (m.person) return { person: personNameOf(m.person), role: m.person.position };
  const e = m.external!;
  return { person: personNameOf({ ...e, position: '' }), role: [STUDENT_MENTOR_KIND_LABELS[e.kind], e.employer, e.position].filter(Boolean).join(', ') };
}

async function menteesOf(db: Reader, pairId: string): Promise<ProgramParticipant[]> {
  const rows = await db
    .select({ pupil: pupils })
    .from(studentPairMentees)
    .innerJoin(pupils, eq(pupils.id, studentPairMentees.pupilId))
    .where(eq(studentPairMentees.pairId, pairId))
    .orderBy(asc(pupils.lastName), asc(pupils.firstName));
  return rows.map((r) => pupilParticipant(r.pupil));
}

/** The pairs of the school with their program (if any): /students/programs. */
export async function listStudentPrograms(db: Db, scope: Scope) {
  assertCan(scope, 'students.manage');
  const pairs = await db
    .select({ pair: studentPairs, form: studentForms.name, variant: studentFormVariants.name, programId: studentPrograms.id, data: studentPrograms.data })
    .from(studentPairs)
    .innerJoin(studentForms, eq(studentForms.id, studentPairs.formId))
    .leftJoin(studentFormVariants, eq(studentFormVariants.id, studentPairs.variantId))
    .leftJoin(studentPrograms, eq(studentPrograms.pairId, studentPairs.id))
    .where(and(eq(studentPairs.organizationId, scope.orgId), inScope(scope, studentPairs.organizationId), inArray(studentPairs.status, ['forming', 'active'])))
    .orderBy(desc(studentPairs.startDate));
  return Promise.all(
    pairs.map(async (r) => {
      const [mentor, mentees] = await Promise.all([mentorOf(db, r.pair.mentorId), menteesOf(db, r.pair.id)]);
      return {
        pairId: r.pair.id,
        form: r.form,
        variant: r.variant,
        start: r.pair.startDate,
        end: r.pair.endDate,
        mentor: fullNameOf(mentor.person),
        mentees: mentees.map((m) => initialsAfter(m.person)),
        programId: r.programId,
        progress: r.data ? planProgress(r.data as StudentProgramData) : null,
      };
    }),
  );
}

export async function loadStudentProgram(db: Reader, scope: Scope, rawId: unknown, opts: { forUpdate?: boolean } = {}) {
  const id = parseId(rawId, 'Программа');
  const query = db
    .select()
    .from(studentPrograms)
    .where(and(eq(studentPrograms.id, id), eq(studentPrograms.organizationId, scope.orgId), inScope(scope, studentPrograms.organizationId)))
    .limit(1);
  const [program] = opts.forUpdate ? await query.for('update') : await query;
  if (!program) throw notFound('Программа');
  return { ...program, data: program.data as StudentProgramData };
}

/** The program page: the program and the pair it belongs to. */
export async function loadStudentProgramPage(db: Db, scope: Scope, rawId: unknown) {
  assertCan(scope, 'students.manage');
  return loadStudentProgram(db, scope, rawId);
}

/** Creates the program of a pair from the pair's data; a second call returns the same program. */
export async function createStudentProgram(ctx: OpContext, input: { pairId: string }): Promise<{ id: string }> {
  assertCan(ctx.scope, 'students.manage');
  const pair = await loadPair(ctx.tx, ctx.scope, input.pairId);
  // The pair row lock makes a double submit find the first one's program.
  await ctx.tx.select({ id: studentPairs.id }).from(studentPairs).where(eq(studentPairs.id, pair.id)).for('update');
  const [existing] = await ctx.tx.select({ id: studentPrograms.id }).from(studentPrograms).where(eq(studentPrograms.pairId, pair.id));
  if (existing) return existing;
  const [[org], [form], variant, [settings], mentor, mentees] = await Promise.all([
    ctx.tx.select().from(organizations).where(eq(organizations.id, pair.organizationId)),
    ctx.tx.select({ name: studentForms.name }).from(studentForms).where(eq(studentForms.id, pair.formId)),
    pair.variantId ? ctx.tx.select({ name: studentFormVariants.name }).from(studentFormVariants).where(eq(studentFormVariants.id, pair.variantId)) : [],
    ctx.tx.select({ curatorId: studentSettings.curatorId }).from(studentSettings).where(eq(studentSettings.organizationId, pair.organizationId)),
    mentorOf(ctx.tx, pair.mentorId),
    menteesOf(ctx.tx, pair.id),
  ]);
  if (mentees.length === 0) throw new AppError('VALIDATION', 'В паре нет наставляемых: добавьте их, прежде чем составлять программу.');
  const [curator] = settings?.curatorId ? await ctx.tx.select().from(people).where(eq(people.id, settings.curatorId)) : [];
  const data = defaultProgram({
    org: requireOrgRequisites(org!),
    form: form!.name,
    variant: variant[0]?.name ?? null,
    mentor,
    mentees,
    curator: curator ? staffMemberOf(curator) : null,
    start: pair.startDate,
    end: pair.endDate,
    goals: pair.goals,
  });
  validateTemplateData(studentProgram, data);
  const [row] = await ctx.tx
    .insert(studentPrograms)
    .values({ organizationId: pair.organizationId, pairId: pair.id, data })
    .returning({ id: studentPrograms.id });
  await ctx.audit({ action: 'student_program.create', entity: 'student_program', entityId: row!.id, organizationId: pair.organizationId, after: { pairId: pair.id } });
  return row!;
}

export async function saveStudentProgram(ctx: OpContext, input: StudentProgramForm): Promise<{ id: string }> {
  assertCan(ctx.scope, 'students.manage');
  const program = await loadStudentProgram(ctx.tx, ctx.scope, input.programId, { forUpdate: true });
  const data: StudentProgramData = {
    ...program.data,
    goal: input.goal,
    tasks: input.tasks.map((t) => t.text),
    plan: input.plan.map((r) => ({ due: r.due, activity: r.activity, form: r.form, doneOn: r.doneOn, done: doneText(r.doneOn) })),
    results: input.results.map((t) => t.text),
  };
  if (input.plan.some((r) => r.doneOn && r.doneOn > todayIso())) {
    throw new AppError('VALIDATION', 'Дата выполнения не может быть позже сегодняшней.');
  }
  validateTemplateData(studentProgram, data);
  // A form opened before a later save or mark would put the old plan and marks back; saving exactly what is stored is a repeated submit.
  if (program.updatedAt.toISOString() !== input.savedAt && !isDeepStrictEqual(program.data, JSON.parse(JSON.stringify(data)))) {
    throw conflict(STALE_PROGRAM_MESSAGE);
  }
  await ctx.tx.update(studentPrograms).set({ data, updatedAt: new Date() }).where(eq(studentPrograms.id, program.id));
  await ctx.audit({ action: 'student_program.edit', entity: 'student_program', entityId: program.id, organizationId: program.organizationId, before: program.data, after: data });
  return { id: program.id };
}

export async function markStudentProgramRow(ctx: OpContext, input: MarkStudentProgram): Promise<{ id: string }> {
  assertCan(ctx.scope, 'students.manage');
  const program = await loadStudentProgram(ctx.tx, ctx.scope, input.programId, { forUpdate: true });
  if (input.doneOn && input.doneOn > todayIso()) {
    throw new AppError('VALIDATION', 'Дата выполнения не может быть позже сегодняшней.', { doneOn: ['Дата выполнения не может быть позже сегодняшней.'] });
  }
  let data: StudentProgramData;
  try {
    data = withPlanMark(program.data, input.index, input.doneOn);
  } catch (e) {
    if (e instanceof RangeError) throw new AppError('NOT_FOUND', 'Мероприятие не найдено в плане программы.');
    throw e;
  }
  await ctx.tx.update(studentPrograms).set({ data, updatedAt: new Date() }).where(eq(studentPrograms.id, program.id));
  await ctx.audit({ action: 'student_program.mark', entity: 'student_program', entityId: program.id, organizationId: program.organizationId, after: input });
  return { id: program.id };
}

const CONTENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/** Printed on request from the current data, as the teacher model prints its programs: not a register entry. */
export async function studentProgramFile(db: Db, scope: Scope, id: unknown, format: 'pdf' | 'docx') {
  assertCan(scope, 'students.manage');
  const program = await loadStudentProgram(db, scope, id);
  const data = validateTemplateData(studentProgram, program.data) as StudentProgramData;
  const model = studentProgram.build(data);
  const bytes = format === 'pdf' ? await renderPdf(model) : await renderDocx(model);
  return { bytes, filename: `Программа наставничества — ${initialsAfter(data.mentor.person)}.${format}`, contentType: CONTENT_TYPES[format] };
}
