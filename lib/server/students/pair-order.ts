// The order «О закреплении наставнических пар (групп) обучающихся» through the consent gate,
// as the teacher model's pair order: the draft lists the forming pairs whose every
// participant has consented; preparing with none ready, and issuing while any listed pair
// misses a consent, are refused naming whose. Issuing locks the pairs and their consents,
// registers the order and makes the listed pairs active.
import 'server-only';
import { and, asc, desc, eq, inArray, notInArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, Tx } from '@/db/client';
import { documents, type Organization, studentConsents, studentPairs } from '@/db/schema';
import { AppError, conflict } from '@/lib/core/errors';
import { formatDate } from '@/lib/core/russian';
import { staffMemberOf } from '@/lib/domain/mentoring/staff';
import { gateMessage } from '@/lib/domain/students/consents';
import type { studentOrderIssueSchema } from '@/lib/domain/validations/students-pairs';
import { requireOrgInScope, type Scope } from '@/lib/server/auth/scope';
import type { ActRef } from '@/templates/_school/fields';
import { studentPairOrder } from '@/templates/student-pair-order';
import type { OpContext } from '../context';
import { type IssueResult, issueDocument } from '../documents/issue-document';
import { loadDocument } from '../documents/load-document';
import { upsertDraft } from '../documents/upsert-draft';
import { curatorOf, requireOrgRequisites } from '../organizations/requisites';
import { listStudentPairs, type StudentPairView } from './pairs-read';

/** The federal act every order of the student model rests on. */
export const STUDENT_LEGAL_BASES = [
  {
    title:
      'распоряжением Министерства просвещения Российской Федерации от 25.12.2019 № Р-145 «Об утверждении методологии (целевой модели) наставничества обучающихся для организаций, осуществляющих образовательную деятельность по общеобразовательным, дополнительным общеобразовательным и программам среднего профессионального образования, в том числе с применением лучших практик обмена опытом между обучающимися»',
  },
];

/** The Положение on mentoring of students: the latest issued introduction order of the student model (S3's template), if any. */
export async function studentRegulationRef(tx: Tx, organizationId: string): Promise<ActRef | null> {
  const [row] = await tx
    .select({ date: documents.issueDate, number: documents.number })
    .from(documents)
    .where(and(eq(documents.organizationId, organizationId), eq(documents.template, 'student-intro-order'), eq(documents.status, 'issued')))
    .orderBy(desc(documents.issueDate))
    .limit(1);
  return row ? { date: row.date, number: row.number } : null;
}

export const orderPairOf = (v: StudentPairView) => ({
  mentor: { person: v.mentor.name, description: v.mentor.description },
  mentees: v.mentees.map((m) => ({ person: m.name, className: m.className ?? '' })),
  form: v.form.name,
  variant: v.variant,
  kind: v.pair.kind,
  start: v.pair.startDate,
  end: v.pair.endDate,
});

async function orderData(ctx: OpContext, org: Organization, pairs: StudentPairView[]) {
  const curator = await curatorOf(ctx.tx, org.id, ctx.scope);
  const teachers = pairs.filter((p) => p.mentorKind === 'teacher');
  const acknowledgement = [
    ...(curator ? [{ ...staffMemberOf(curator), personId: curator.id }] : []),
    ...teachers.map((p) => ({ person: p.mentor.name, position: p.mentor.description.replace(/^педагог, /, ''), personId: p.mentor.id })),
  ].filter((a, i, all) => all.findIndex((b) => b.personId === a.personId) === i);
  return {
    data: {
      org: requireOrgRequisites(org),
      date: null,
      number: null,
      legalBases: STUDENT_LEGAL_BASES,
      regulation: await studentRegulationRef(ctx.tx, org.id),
      period: null,
      pairs: pairs.map(orderPairOf),
      curator: curator ? staffMemberOf(curator) : null,
      acknowledgement: acknowledgement.map(({ person, position }) => ({ person, position })),
    },
    rows: acknowledgement.map((a) => ({
      personId: a.personId,
      lastName: a.person.lastName,
      firstName: a.person.firstName,
      middleName: a.person.middleName ?? null,
      unit: a.position,
    })),
  };
}

export async function prepareStudentPairOrder(ctx: OpContext): Promise<{ id: string; pairs: number; waiting: number }> {
  const org = await requireOrgInScope(ctx.tx, ctx.scope, ctx.scope.orgId);
  if (org.kind !== 'school') throw new AppError('VALIDATION', 'Приказ о закреплении пар готовит образовательная организация.');
  await ctx.tx.select({ id: studentPairs.id }).from(studentPairs).where(and(eq(studentPairs.organizationId, org.id), eq(studentPairs.status, 'forming'))).orderBy(asc(studentPairs.id)).for('update');
  const forming = await listStudentPairs(ctx.tx, ctx.scope, { statuses: ['forming'], organizationId: org.id });
  if (forming.length === 0) throw conflict('Нет формируемых пар обучающихся: сначала сформируйте пары и группы.');
  const ready = forming.filter((p) => p.complete);
  if (ready.length === 0) throw conflict(gateMessage(forming.flatMap((p) => p.missing))!);
  const { data, rows } = await orderData(ctx, org, ready);
  const title = studentPairOrder.title;
  const { id } = await upsertDraft(ctx, { organizationId: org.id, template: studentPairOrder.name, title, data, acknowledgements: rows });
  const readyIds = ready.map((p) => p.pair.id);
  await ctx.tx.update(studentPairs).set({ orderId: id, updatedAt: new Date() }).where(and(inArray(studentPairs.id, readyIds), eq(studentPairs.status, 'forming')));
  await ctx.tx
    .update(studentPairs)
    .set({ orderId: null, updatedAt: new Date() })
    .where(and(eq(studentPairs.orderId, id), eq(studentPairs.status, 'forming'), notInArray(studentPairs.id, readyIds)));
  await ctx.audit({ action: 'student_pair_order.prepare', entity: 'document', entityId: id, organizationId: org.id, after: { pairs: readyIds } });
  return { id, pairs: ready.length, waiting: forming.length - ready.length };
}

export async function issueStudentPairOrder(ctx: OpContext, input: z.output<typeof studentOrderIssueSchema>): Promise<IssueResult> {
  const doc = await loadDocument(ctx.tx, ctx.scope, input.documentId, { forUpdate: true });
  if (doc.template !== studentPairOrder.name) throw new AppError('VALIDATION', 'Этот документ — не приказ о закреплении наставнических пар обучающихся.');
  if (doc.status !== 'draft') throw conflict(`Документ уже издан${doc.number ? `: № ${doc.number}` : ''}.`);
  // Locks the listed pairs and the school's consents: a withdrawal recorded at the same moment waits.
  const listed = await ctx.tx.select({ id: studentPairs.id }).from(studentPairs).where(eq(studentPairs.orderId, doc.id)).orderBy(asc(studentPairs.id)).for('update');
  await ctx.tx.select({ id: studentConsents.id }).from(studentConsents).where(eq(studentConsents.organizationId, doc.organizationId)).orderBy(asc(studentConsents.id)).for('update');
  const pairs = await listStudentPairs(ctx.tx, ctx.scope, { ids: listed.map((p) => p.id), organizationId: doc.organizationId });
  const drafted = ((doc.data as { pairs?: { mentees?: unknown[] }[] }).pairs ?? []);
  const menteeCount = (n: number, p: { mentees?: unknown[] }) => n + (p.mentees?.length ?? 0);
  if (pairs.length === 0 || pairs.some((p) => p.pair.status !== 'forming') || pairs.length !== drafted.length || pairs.reduce((n, p) => n + p.mentees.length, 0) !== drafted.reduce(menteeCount, 0)) {
    throw conflict('Состав пар изменился после подготовки проекта. Подготовьте приказ заново.');
  }
  const problem = gateMessage(pairs.flatMap((p) => p.missing));
  if (problem) throw conflict(problem);
  const latest = pairs
    .flatMap((p) => [p.mentor, ...p.mentees].flatMap((m) => Object.values(m.records).map((r) => (r?.status === 'received' ? (r.receivedOn ?? '') : ''))))
    .reduce((a, b) => (a > b ? a : b), '');
  if (latest > input.issueDate) {
    const message = `Дата приказа раньше получения последнего согласия (${formatDate(latest)}).`;
    throw new AppError('VALIDATION', message, { issueDate: [message] });
  }
  const result = await issueDocument(ctx, input);
  const activated = await ctx.tx
    .update(studentPairs)
    .set({ status: 'active', updatedAt: new Date() })
    .where(and(eq(studentPairs.orderId, doc.id), eq(studentPairs.status, 'forming')))
    .returning({ id: studentPairs.id });
  if (activated.length !== pairs.length) throw conflict('Состав пар изменился во время издания приказа. Повторите.');
  await ctx.audit({ action: 'student_pair_order.issue', entity: 'document', entityId: doc.id, organizationId: doc.organizationId, after: { number: result.number, pairs: activated.map((p) => p.id) } });
  return result;
}

/** The school's current draft of the student pair order, if any. */
export async function currentStudentPairOrderDraft(db: Db | Tx, scope: Scope) {
  const [row] = await db
    .select({ id: documents.id, createdAt: documents.createdAt })
    .from(documents)
    .where(and(eq(documents.organizationId, scope.orgId), eq(documents.template, studentPairOrder.name), eq(documents.status, 'draft')))
    .orderBy(desc(documents.createdAt))
    .limit(1);
  return row ?? null;
}
