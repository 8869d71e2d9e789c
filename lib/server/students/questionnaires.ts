// The questionnaires of the student model's monitoring at a school: entered by the curator or
// the head (typed from paper or filled in the app), or filled by a teacher mentor with an
// account for their own pairs. A second questionnaire of the same respondent and stage
// replaces the first. Every read is the school's own: pupils' names never leave it.
import 'server-only';
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Tx } from '@/db/client';
import { externalMentors, people, pupils, studentForms, studentMentors, studentPairMentees, studentPairs, studentQuestionnaires } from '@/db/schema';
import { AppError, forbidden, notFound } from '@/lib/core/errors';
import { fullNameOf } from '@/lib/core/russian';
import { renderDocx, renderPdf } from '@/lib/documents/render';
import { can } from '@/lib/domain/permissions';
import { type Answers, parseAnswers, questionnaireBlanks, ROLE_LABELS, stagesOf } from '@/lib/domain/students/questionnaires';
import type { QuestionnaireRole, QuestionnaireStage } from '@/lib/domain/students/vocabulary';
import type { questionnaireSchema } from '@/lib/domain/validations/students-monitoring';
import { parseId, requireOrgInScope, type Scope } from '@/lib/server/auth/scope';
import { studentQuestionnaires as blanksTemplate } from '@/templates/student-questionnaires';
import { todayIso } from '../clock';
import type { OpContext } from '../context';

/** 1 September of the school year of a date: a curator answers once a school year. */
export const schoolYearOf = (iso: string) => `${Number(iso.slice(5, 7)) >= 9 ? iso.slice(0, 4) : Number(iso.slice(0, 4)) - 1}-09-01`;

export interface MonitoredPair {
  id: string;
  formName: string;
  mentorName: string;
  /** The mentor's teacher record, when the mentor is a teacher: they may fill their own questionnaire. */
  mentorPersonId: string | null;
  status: string;
  startDate: string;
  endDate: string;
  mentees: { pupilId: string; name: string }[];
}

/** The school's pairs whose order was issued (forming ones have no program to judge yet); a teacher sees only their own. */
export async function listMonitoredPairs(db: Db | Tx, scope: Scope): Promise<MonitoredPair[]> {
  const manages = can(scope, 'students.manage');
  if (!manages && !scope.personId) return [];
  const rows = await db
    .select({
      id: studentPairs.id,
      formName: studentForms.name,
      status: studentPairs.status,
      startDate: studentPairs.startDate,
      endDate: studentPairs.endDate,
      mentorKind: studentMentors.kind,
      mentorPersonId: studentMentors.personId,
      pupil: { lastName: pupils.lastName, firstName: pupils.firstName, middleName: pupils.middleName },
      person: { lastName: people.lastName, firstName: people.firstName, middleName: people.middleName },
      external: { lastName: externalMentors.lastName, firstName: externalMentors.firstName, middleName: externalMentors.middleName },
    })
    .from(studentPairs)
    .innerJoin(studentForms, eq(studentForms.id, studentPairs.formId))
    .innerJoin(studentMentors, eq(studentMentors.id, studentPairs.mentorId))
    .leftJoin(pupils, eq(pupils.id, studentMentors.pupilId))
    .leftJoin(people, eq(people.id, studentMentors.personId))
    .leftJoin(externalMentors, eq(externalMentors.id, studentMentors.externalId))
    .where(
      and(
        eq(studentPairs.organizationId, scope.orgId),
        ne(studentPairs.status, 'forming'),
        manages ? undefined : and(eq(studentMentors.kind, 'teacher'), eq(studentMentors.personId, scope.personId!)),
      ),
    )
    .orderBy(studentPairs.startDate, studentPairs.id);
  if (rows.length === 0) return [];
  const mentees = await db
    .select({ pairId: studentPairMentees.pairId, pupilId: pupils.id, lastName: pupils.lastName, firstName: pupils.firstName, middleName: pupils.middleName })
    .from(studentPairMentees)
    .innerJoin(pupils, eq(pupils.id, studentPairMentees.pupilId))
    .where(inArray(studentPairMentees.pairId, rows.map((r) => r.id)))
    .orderBy(sql`${pupils.lastName} collate ru_natural`, pupils.firstName);
  return rows.map((r) => {
    const who = r.pupil?.lastName ? r.pupil : r.person?.lastName ? r.person : r.external;
    return {
      id: r.id,
      formName: r.formName,
      mentorName: who ? fullNameOf(who) : '',
      mentorPersonId: r.mentorKind === 'teacher' ? r.mentorPersonId : null,
      status: r.status,
      startDate: r.startDate,
      endDate: r.endDate,
      mentees: mentees.filter((m) => m.pairId === r.id).map((m) => ({ pupilId: m.pupilId, name: fullNameOf(m) })),
    };
  });
}

export interface FilledQuestionnaire {
  id: string;
  pairId: string | null;
  pupilId: string | null;
  role: QuestionnaireRole;
  stage: QuestionnaireStage;
  source: 'app' | 'paper';
  filledOn: string;
  answers: Answers;
}

export async function listQuestionnaires(db: Db | Tx, scope: Scope, pairIds?: string[]): Promise<FilledQuestionnaire[]> {
  if (pairIds && pairIds.length === 0) return [];
  return db
    .select({
      id: studentQuestionnaires.id,
      pairId: studentQuestionnaires.pairId,
      pupilId: studentQuestionnaires.pupilId,
      role: studentQuestionnaires.role,
      stage: studentQuestionnaires.stage,
      source: studentQuestionnaires.source,
      filledOn: studentQuestionnaires.filledOn,
      answers: studentQuestionnaires.answers,
    })
    .from(studentQuestionnaires)
    .where(and(eq(studentQuestionnaires.organizationId, scope.orgId), pairIds ? inArray(studentQuestionnaires.pairId, pairIds) : undefined))
    .orderBy(studentQuestionnaires.filledOn, studentQuestionnaires.createdAt);
}

export async function saveQuestionnaire(ctx: OpContext, input: z.output<typeof questionnaireSchema>): Promise<{ id: string; replaced: boolean }> {
  const { scope, tx } = ctx;
  if (scope.orgKind !== 'school') throw forbidden();
  const manages = can(scope, 'students.manage');
  if (!stagesOf(input.role).includes(input.stage)) throw new AppError('VALIDATION', 'Куратор заполняет только анкету оценки качества программы.');
  if (input.filledOn > todayIso()) throw new AppError('VALIDATION', 'Проверьте заполнение полей.', { filledOn: ['Дата заполнения не может быть позже сегодняшней.'] });

  let pairId: string | null = null;
  let pupilId: string | null = null;
  if (input.role === 'curator') {
    if (!manages) throw forbidden();
  } else {
    pairId = parseId(input.pairId, 'Пара');
    const pairs = await listMonitoredPairs(tx, scope);
    const pair = pairs.find((p) => p.id === pairId);
    if (!pair) throw notFound('Пара', 'feminine');
    // A teacher mentor answers for themselves only; the mentees' questionnaires are the curator's to enter.
    if (!manages && (input.role !== 'mentor' || pair.mentorPersonId !== scope.personId)) throw forbidden();
    if (input.role === 'mentee') {
      pupilId = parseId(input.pupilId, 'Наставляемый');
      if (!pair.mentees.some((m) => m.pupilId === pupilId)) throw notFound('Наставляемый', 'masculine');
    }
  }
  const parsed = parseAnswers(input.role, input.stage, input.answers);
  if (!parsed.ok) throw new AppError('VALIDATION', `Анкета заполнена не полностью: ${parsed.errors.join(' ')}`);

  // Serialises entries of one respondent, so a double submit replaces instead of adding a twin.
  const key = `student-questionnaire:${scope.orgId}:${pairId}:${pupilId}:${input.role}:${input.stage}`;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
  const same = and(
    eq(studentQuestionnaires.organizationId, scope.orgId),
    eq(studentQuestionnaires.role, input.role),
    eq(studentQuestionnaires.stage, input.stage),
    pairId ? eq(studentQuestionnaires.pairId, pairId) : isNull(studentQuestionnaires.pairId),
    pupilId ? eq(studentQuestionnaires.pupilId, pupilId) : isNull(studentQuestionnaires.pupilId),
    input.role === 'curator'
      ? sql`${studentQuestionnaires.filledOn} >= ${schoolYearOf(input.filledOn)}::date and ${studentQuestionnaires.filledOn} < (${schoolYearOf(input.filledOn)}::date + interval '1 year')`
      : undefined,
  );
  const before = await tx.select().from(studentQuestionnaires).where(same);
  if (before.length) await tx.delete(studentQuestionnaires).where(same);
  const [row] = await tx
    .insert(studentQuestionnaires)
    .values({
      organizationId: scope.orgId,
      pairId,
      pupilId,
      role: input.role,
      stage: input.stage,
      source: input.source,
      answers: parsed.answers,
      filledOn: input.filledOn,
      enteredBy: scope.userId,
    })
    .returning({ id: studentQuestionnaires.id });
  await ctx.audit({
    action: 'students.questionnaire.save',
    entity: 'student_questionnaire',
    entityId: row!.id,
    before: before[0] ? { role: before[0].role, stage: before[0].stage, answers: before[0].answers } : null,
    after: { role: input.role, stage: input.stage, source: input.source, pairId, answers: parsed.answers },
  });
  return { id: row!.id, replaced: before.length > 0 };
}

export interface QuestionnaireSlot {
  pairId: string | null;
  pupilId: string | null;
  role: QuestionnaireRole;
  stage: QuestionnaireStage;
  /** «наставник: Иванова А. П.». */
  label: string;
  filled: FilledQuestionnaire | null;
}

/** Every questionnaire a pair owes — its mentor's and each mentee's, at each stage — filled or missing. */
export function slotsOf(pair: MonitoredPair, filled: readonly FilledQuestionnaire[]): QuestionnaireSlot[] {
  const out: QuestionnaireSlot[] = [];
  for (const stage of stagesOf('mentor')) {
    out.push({
      pairId: pair.id,
      pupilId: null,
      role: 'mentor',
      stage,
      label: `${ROLE_LABELS.mentor}: ${pair.mentorName}`,
      filled: filled.find((f) => f.pairId === pair.id && f.role === 'mentor' && f.stage === stage) ?? null,
    });
    for (const m of pair.mentees) {
      out.push({
        pairId: pair.id,
        pupilId: m.pupilId,
        role: 'mentee',
        stage,
        label: `${ROLE_LABELS.mentee}: ${m.name}`,
        filled: filled.find((f) => f.pairId === pair.id && f.pupilId === m.pupilId && f.role === 'mentee' && f.stage === stage) ?? null,
      });
    }
  }
  return out;
}

/** The printable blanks of the school, DOCX or PDF: the questions of the app, nothing personal. */
export async function questionnaireBlanksFile(db: Db | Tx, scope: Scope, format: 'pdf' | 'docx') {
  const org = await requireOrgInScope(db, scope, scope.orgId);
  const model = blanksTemplate.build(blanksTemplate.schema.parse(questionnaireBlanks(org.fullName)));
  const bytes = format === 'pdf' ? await renderPdf(model) : await renderDocx(model);
  return {
    bytes,
    filename: `Анкеты мониторинга наставничества обучающихся.${format}`,
    contentType: format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  };
}
