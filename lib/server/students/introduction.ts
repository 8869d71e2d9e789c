// Stage 1 of the student model: the order introducing the target model of mentoring of pupils
// with its Положение (annex 1) and roadmap (annex 2). Prepared as one draft (created on the
// first save, updated in place), issued together under the order's number; once issued it is
// frozen and preparing again is refused. The forms and variants come from student_forms, the
// curator by default from student_settings; issuing records the appointed curator there.
import 'server-only';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { acknowledgements, documents, organizations, people, studentFormVariants, studentForms, studentSettings } from '@/db/schema';
import { AppError, conflict, forbidden, notFound } from '@/lib/core/errors';
import { staffMemberOf } from '@/lib/domain/mentoring/staff';
import { assertCan } from '@/lib/domain/permissions';
import { roadmapPeriodOf, schoolYearOf } from '@/lib/domain/school/introduction-defaults';
import { clausesToText, textToClauses } from '@/lib/domain/school/regulation-text';
import { checkTemplateData } from '@/lib/domain/school/template-check';
import {
  basesToText,
  buildStudentIntroduction,
  DEFAULT_STUDENT_PURPOSE,
  defaultStudentCuratorDuties,
  STUDENT_LEGAL_BASES,
  textToBases,
} from '@/lib/domain/students/introduction';
import type { StudentIntroduction, StudentIntroductionInput } from '@/lib/domain/students/introduction-input';
import { DEFAULT_STUDENT_FORMS } from '@/lib/domain/students/vocabulary';
import { requireOrgInScope, type Scope } from '@/lib/server/auth/scope';
import type { TemplateName } from '@/templates/registry';
import { studentIntroOrder, studentIntroOrderTitle } from '@/templates/student-intro-order';
import type { StudentIntroOrder } from '@/templates/student-intro-order/schema';
import { studentRegulation } from '@/templates/student-regulation';
import { defaultStudentRegulationSections, type StudentFormText } from '@/templates/student-regulation/defaults';
import type { StudentRegulation } from '@/templates/student-regulation/schema';
import { studentRoadmap } from '@/templates/student-roadmap';
import { defaultStudentRoadmapStages } from '@/templates/student-roadmap/defaults';
import type { StudentRoadmap } from '@/templates/student-roadmap/schema';
import type { OpContext } from '../context';
import { createDraft, insertAcknowledgements } from '../documents/create-draft';
import { issueDocument, type IssueResult } from '../documents/issue-document';
import { loadOwnDocument } from '../documents/load-document';
import { updateDraft } from '../documents/update-draft';
import { requireOrgRequisites } from '../organizations/requisites';

export const STUDENT_INTRO_TEMPLATE = studentIntroOrder.name;

/** The school's student introduction order in force or in preparation (never a cancelled one). */
const currentOf = (orgId: string) =>
  and(
    eq(documents.organizationId, orgId),
    eq(documents.template, STUDENT_INTRO_TEMPLATE),
    isNull(documents.parentId),
    inArray(documents.status, ['draft', 'issued', 'amended']),
  );

/**
 * The school's forms in use with their variants, in the school's order. A school that has not
 * set its forms up yet gets the defaults of Р-145, which its forms page would create.
 */
export async function studentFormsOf(db: Db | Tx, orgId: string): Promise<{ forms: StudentFormText[]; defaults: boolean }> {
  const [forms, variants] = await Promise.all([
    db
      .select({ id: studentForms.id, name: studentForms.name })
      .from(studentForms)
      .where(and(eq(studentForms.organizationId, orgId), eq(studentForms.archived, false)))
      .orderBy(asc(studentForms.sortOrder), asc(studentForms.name)),
    db
      .select({ formId: studentFormVariants.formId, name: studentFormVariants.name })
      .from(studentFormVariants)
      .where(and(eq(studentFormVariants.organizationId, orgId), eq(studentFormVariants.archived, false)))
      .orderBy(asc(studentFormVariants.sortOrder), asc(studentFormVariants.name)),
  ]);
  if (forms.length === 0) return { forms: DEFAULT_STUDENT_FORMS.map((f) => ({ name: f.name, variants: [...f.variants] })), defaults: true };
  return { forms: forms.map((f) => ({ name: f.name, variants: variants.filter((v) => v.formId === f.id).map((v) => v.name) })), defaults: false };
}

/** What /students/introduction shows: the school, its staff, its forms, the settings' curator and the current order with its annexes. */
export async function loadStudentIntroduction(db: Db, scope: Scope) {
  assertCan(scope, 'students.manage');
  const org = await requireOrgInScope(db, scope, scope.orgId);
  const [staff, [order], [settings], forms] = await Promise.all([
    db
      .select()
      .from(people)
      .where(eq(people.organizationId, org.id))
      .orderBy(sql`${people.lastName} collate ru_natural`, sql`${people.firstName} collate ru_natural`),
    db.select().from(documents).where(currentOf(org.id)).orderBy(desc(documents.createdAt)).limit(1),
    db.select().from(studentSettings).where(eq(studentSettings.organizationId, org.id)),
    studentFormsOf(db, org.id),
  ]);
  const annexes = order ? await db.select().from(documents).where(eq(documents.parentId, order.id)).orderBy(asc(documents.annexNo)) : [];
  return { org, staff, order: order ?? null, annexes, forms, curatorPersonId: settings?.curatorId ?? null, cosignAge: settings?.cosignAge ?? null };
}

type Loaded = Awaited<ReturnType<typeof loadStudentIntroduction>>;

/** The form's starting values: the saved draft read back, or for a first visit the defaults filled with the school's data. */
export function studentIntroductionDefaults(s: Loaded, today: string): StudentIntroductionInput {
  const year = schoolYearOf(today);
  if (!s.order) {
    const curator = s.staff.find((p) => p.id === s.curatorPersonId);
    return {
      curatorId: curator?.id ?? '',
      curatorPosition: curator?.position ?? '',
      startDate: '',
      roadmapPeriod: roadmapPeriodOf(year),
      purpose: DEFAULT_STUDENT_PURPOSE,
      legalBases: basesToText(STUDENT_LEGAL_BASES),
      curatorDuties: defaultStudentCuratorDuties(year).join('\n'),
      councilDate: '',
      councilNumber: '',
      sections: defaultStudentRegulationSections({ school: s.org, bases: STUDENT_LEGAL_BASES, forms: s.forms.forms, cosignAge: s.cosignAge }).map((sec) => ({
        title: sec.title,
        text: clausesToText(sec.clauses),
      })),
      stages: defaultStudentRoadmapStages(year),
    };
  }
  // Drafts are saved only after validation, so their data has the templates' shape.
  const order = s.order.data as StudentIntroOrder;
  const regulation = s.annexes.find((a) => a.template === studentRegulation.name)?.data as StudentRegulation | undefined;
  const roadmap = s.annexes.find((a) => a.template === studentRoadmap.name)?.data as StudentRoadmap | undefined;
  const p = order.curator.person;
  const curator = s.staff.find((r) => r.lastName === p.lastName && r.firstName === p.firstName && (r.middleName ?? null) === (p.middleName ?? null));
  return {
    curatorId: curator?.id ?? '',
    curatorPosition: order.curator.position,
    startDate: order.startDate ?? '',
    roadmapPeriod: order.roadmapPeriod ?? '',
    purpose: order.purpose,
    legalBases: basesToText(order.legalBases),
    curatorDuties: order.curatorDuties.join('\n'),
    councilDate: regulation?.council.date ?? '',
    councilNumber: regulation?.council.number ?? '',
    sections: (regulation?.sections ?? []).map((sec) => ({ title: sec.title, text: clausesToText(sec.clauses) })),
    stages: roadmap?.stages ?? [],
  };
}

/** Template paths → the form field that produced them. */
function formField(template: TemplateName, path: string[]): string {
  const [head, index] = path;
  if (template === studentRegulation.name && head === 'sections') return `sections.${index}.text`;
  if (template === studentRoadmap.name && head === 'stages') return path.slice(0, 3).join('.');
  if (head === 'curator') return path[1] === 'person' ? 'curatorId' : 'curatorPosition';
  if (head === 'council') return path[1] === 'date' ? 'councilDate' : 'councilNumber';
  if (head === 'period') return 'roadmapPeriod';
  return head ?? '_form';
}

const checked = <T>(template: TemplateName, data: T) =>
  checkTemplateData(template, data, ({ path, message }) => ({ field: formField(template, path), message }));

export async function prepareStudentIntroduction(ctx: OpContext, input: StudentIntroduction): Promise<{ id: string }> {
  assertCan(ctx.scope, 'students.manage');
  // The organization row lock serializes two saves of one school: one draft, never two.
  const [org] = await ctx.tx.select().from(organizations).where(eq(organizations.id, ctx.scope.orgId)).for('update');
  if (!org) throw forbidden();
  const existing = await ctx.tx
    .select({ id: documents.id, status: documents.status, number: documents.number })
    .from(documents)
    .where(currentOf(org.id))
    .orderBy(desc(documents.createdAt));
  const issued = existing.find((d) => d.status !== 'draft');
  if (issued) {
    throw conflict(`Приказ о внедрении целевой модели наставничества обучающихся уже издан (№ ${issued.number}) и не может быть изменён.`);
  }
  const [curatorRow] = await ctx.tx
    .select()
    .from(people)
    .where(and(eq(people.id, input.curatorId), eq(people.organizationId, org.id)));
  if (!curatorRow) throw new AppError('VALIDATION', 'Куратор не найден среди сотрудников школы.', { curatorId: ['Выберите куратора из сотрудников школы.'] });
  const { forms } = await studentFormsOf(ctx.tx, org.id);
  const built = buildStudentIntroduction(
    { org: requireOrgRequisites(org), forms, curator: staffMemberOf({ ...curatorRow, position: input.curatorPosition }) },
    {
      startDate: input.startDate,
      roadmapPeriod: input.roadmapPeriod,
      purpose: input.purpose,
      legalBases: textToBases(input.legalBases),
      curatorDuties: input.curatorDuties
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
      councilDate: input.councilDate,
      councilNumber: input.councilNumber,
      sections: input.sections.map((sec) => ({ title: sec.title, clauses: textToClauses(sec.text) })),
      stages: input.stages,
    },
  );
  const order = checked(studentIntroOrder.name, built.order);
  const regulation = checked(studentRegulation.name, built.regulation);
  const roadmap = checked(studentRoadmap.name, built.roadmap);
  const acknowledgement = [
    { personId: curatorRow.id, lastName: curatorRow.lastName, firstName: curatorRow.firstName, middleName: curatorRow.middleName, unit: input.curatorPosition },
  ];
  const title = studentIntroOrderTitle(org);
  const draft = existing[0];
  if (!draft) {
    return createDraft(ctx, {
      template: STUDENT_INTRO_TEMPLATE,
      title,
      data: order,
      annexes: [
        { template: studentRegulation.name, title: studentRegulation.title, data: regulation },
        { template: studentRoadmap.name, title: studentRoadmap.title, data: roadmap },
      ],
      acknowledgements: acknowledgement,
    });
  }
  await updateDraft(ctx, { documentId: draft.id, data: order, title });
  const annexes = await ctx.tx
    .select({ id: documents.id, template: documents.template })
    .from(documents)
    .where(eq(documents.parentId, draft.id))
    .orderBy(asc(documents.annexNo));
  for (const annex of annexes) await updateDraft(ctx, { documentId: annex.id, data: annex.template === studentRegulation.name ? regulation : roadmap });
  await ctx.tx.delete(acknowledgements).where(eq(acknowledgements.documentId, draft.id));
  await insertAcknowledgements(ctx.tx, draft.id, acknowledgement);
  return { id: draft.id };
}

/**
 * Issues the order with both annexes under its number. The organization's requisites are
 * written in first (settings may have changed since the last save); the appointed curator
 * becomes the curator of the student model in the school's settings.
 */
export async function issueStudentIntroduction(ctx: OpContext, input: { documentId: string; issueDate: string }): Promise<IssueResult> {
  assertCan(ctx.scope, 'students.manage');
  const doc = await loadOwnDocument(ctx.tx, ctx.scope, input.documentId, { forUpdate: true });
  if (doc.template !== STUDENT_INTRO_TEMPLATE || doc.parentId) throw notFound('Приказ о внедрении', 'masculine');
  if (doc.status === 'draft') {
    const [org] = await ctx.tx.select().from(organizations).where(eq(organizations.id, doc.organizationId));
    const requisites = requireOrgRequisites(org!);
    await updateDraft(ctx, { documentId: doc.id, data: { ...(doc.data as object), org: requisites } });
    const annexes = await ctx.tx.select().from(documents).where(eq(documents.parentId, doc.id));
    for (const annex of annexes) await updateDraft(ctx, { documentId: annex.id, data: { ...(annex.data as object), org: requisites } });
  }
  // A second submit finds the order issued and gets the register's «Документ уже издан: № …».
  const result = await issueDocument(ctx, input);
  const curator = (doc.data as StudentIntroOrder).curator.person;
  const [person] = await ctx.tx
    .select({ id: people.id })
    .from(people)
    .where(
      and(
        eq(people.organizationId, doc.organizationId),
        eq(people.lastName, curator.lastName),
        eq(people.firstName, curator.firstName),
        curator.middleName ? eq(people.middleName, curator.middleName) : isNull(people.middleName),
      ),
    )
    .limit(1);
  if (person) {
    await ctx.tx
      .insert(studentSettings)
      .values({ organizationId: doc.organizationId, curatorId: person.id })
      .onConflictDoUpdate({ target: studentSettings.organizationId, set: { curatorId: person.id, updatedAt: new Date() } });
  }
  return result;
}
