// Stage 7: the order «Об итогах реализации программы наставничества обучающихся и поощрении
// лучших наставнических пар», listing every active pair with its results and thanking the
// best; issuing it completes those pairs, so a second submit finds none left to list.
import 'server-only';
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { z } from 'zod';
import { studentPairs } from '@/db/schema';
import { AppError, conflict } from '@/lib/core/errors';
import { staffMemberOf } from '@/lib/domain/mentoring/staff';
import type { studentResultsOrderSchema } from '@/lib/domain/validations/students-pairs';
import { requireOrgInScope } from '@/lib/server/auth/scope';
import { studentResultsOrder } from '@/templates/student-results-order';
import type { OpContext } from '../context';
import { createDraft } from '../documents/create-draft';
import { type IssueResult, issueDocument } from '../documents/issue-document';
import { validateTemplateData } from '../documents/render-frozen';
import { curatorOf, requireOrgRequisites } from '../organizations/requisites';
import { orderPairOf, STUDENT_LEGAL_BASES, studentRegulationRef } from './pair-order';
import { listStudentPairs } from './pairs-read';

export async function issueStudentResultsOrder(ctx: OpContext, input: z.output<typeof studentResultsOrderSchema>): Promise<IssueResult> {
  const org = await requireOrgInScope(ctx.tx, ctx.scope, ctx.scope.orgId);
  if (org.kind !== 'school') throw new AppError('VALIDATION', 'Приказ об итогах издаёт образовательная организация.');
  const locked = await ctx.tx
    .select({ id: studentPairs.id })
    .from(studentPairs)
    .where(and(eq(studentPairs.organizationId, org.id), eq(studentPairs.status, 'active'), isNotNull(studentPairs.results)))
    .orderBy(asc(studentPairs.id))
    .for('update');
  if (locked.length === 0) throw conflict('Нет пар с записанными итогами: запишите итоги на странице пары.');
  const pairs = await listStudentPairs(ctx.tx, ctx.scope, { ids: locked.map((p) => p.id), organizationId: org.id });
  const curator = await curatorOf(ctx.tx, org.id, ctx.scope);
  const data = validateTemplateData(studentResultsOrder, {
    org: requireOrgRequisites(org),
    date: null,
    number: null,
    legalBases: STUDENT_LEGAL_BASES,
    regulation: await studentRegulationRef(ctx.tx, org.id),
    period: input.period,
    results: pairs.map((p) => ({ ...orderPairOf(p), summary: p.pair.results ?? '', best: p.pair.best })),
    curator: curator ? staffMemberOf(curator) : null,
    acknowledgement: curator ? [staffMemberOf(curator)] : [],
  });
  const { id } = await createDraft(ctx, {
    organizationId: org.id,
    template: studentResultsOrder.name,
    title: studentResultsOrder.title,
    data,
    acknowledgements: curator
      ? [{ personId: curator.id, lastName: curator.lastName, firstName: curator.firstName, middleName: curator.middleName, unit: curator.position }]
      : [],
  });
  const result = await issueDocument(ctx, { documentId: id, issueDate: input.issueDate });
  await ctx.tx.update(studentPairs).set({ status: 'completed', endedOn: input.issueDate, updatedAt: new Date() }).where(inArray(studentPairs.id, locked.map((p) => p.id)));
  await ctx.audit({ action: 'student_results_order.issue', entity: 'document', entityId: id, organizationId: org.id, after: { number: result.number, pairs: locked.map((p) => p.id) } });
  return result;
}
