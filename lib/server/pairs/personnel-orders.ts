// The personnel orders of the pairs page: their current drafts, the latest issued ones, and
// how many pairs still wait for a pay order or for the end of their payment.
import 'server-only';
import { type AnyColumn, and, desc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documents, mentorPairs, organizations } from '@/db/schema';
import { inScope, type Scope } from '@/lib/server/auth/scope';
import { mentoringPayOrder } from '@/templates/mentoring-pay-order';
import { mentoringPayStopOrder } from '@/templates/mentoring-pay-stop-order';

export interface PersonnelDoc {
  id: string;
  title: string;
  status: 'draft' | 'issued' | 'cancelled' | 'amended';
  number: string | null;
  issueDate: string | null;
}

/** No order yet, or only its draft. */
const notIssued = (id: AnyColumn) => or(isNull(id), sql`exists (select 1 from ${documents} d where d.id = ${id} and d.status = 'draft')`);
const issued = (id: AnyColumn) => sql`exists (select 1 from ${documents} d where d.id = ${id} and d.status in ('issued', 'amended'))`;

export async function personnelOrders(db: Db, scope: Scope) {
  const docs = await db
    .select({
      id: documents.id,
      title: documents.title,
      status: documents.status,
      number: documents.number,
      issueDate: documents.issueDate,
      template: documents.template,
    })
    .from(documents)
    .where(
      and(
        eq(documents.organizationId, scope.orgId),
        inScope(scope, documents.organizationId),
        inArray(documents.template, [mentoringPayOrder.name, mentoringPayStopOrder.name]),
        ne(documents.status, 'cancelled'),
      ),
    )
    .orderBy(desc(documents.createdAt))
    .limit(20);
  const [counts] = await db
    .select({
      toPay: sql<number>`count(*) filter (where ${and(eq(mentorPairs.status, 'active'), ne(mentorPairs.basis, 'job_function'), notIssued(mentorPairs.payOrderId))})::int`,
      toStop: sql<number>`count(*) filter (where ${and(inArray(mentorPairs.status, ['terminated', 'completed']), issued(mentorPairs.payOrderId), notIssued(mentorPairs.payStopOrderId))})::int`,
    })
    .from(mentorPairs)
    .where(and(eq(mentorPairs.organizationId, scope.orgId), inScope(scope, mentorPairs.organizationId)));
  const [org] = await db
    .select({ payBasis: organizations.payBasis })
    .from(organizations)
    .where(and(eq(organizations.id, scope.orgId), inScope(scope, organizations.id)));
  const of = (template: string) => {
    const mine = docs.filter((d) => d.template === template);
    return { draft: mine.find((d) => d.status === 'draft') ?? null, issued: mine.find((d) => d.status !== 'draft') ?? null };
  };
  return {
    pay: of(mentoringPayOrder.name),
    stop: of(mentoringPayStopOrder.name),
    toPay: counts?.toPay ?? 0,
    toStop: counts?.toStop ?? 0,
    payBasisSet: Boolean(org?.payBasis.trim()),
  };
}
