// Prepares the introduction order as a draft with its two annexes (Положение, roadmap) and
// the acknowledgement list — created on the first save, updated in place afterwards. Once
// the order is issued it is frozen: preparing again is refused with the register's message.
import 'server-only';
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { acknowledgements, documents, organizations, people } from '@/db/schema';
import { conflict, forbidden } from '@/lib/core/errors';
import { assertCan } from '@/lib/domain/permissions';
import type { Introduction } from '@/lib/domain/validations/introduction';
import { introOrderTitle, schoolIntroOrder } from '@/templates/school-intro-order';
import { schoolRegulation } from '@/templates/school-regulation';
import { schoolRoadmap } from '@/templates/school-roadmap';
import type { OpContext } from '../context';
import { createDraft, insertAcknowledgements } from '../documents/create-draft';
import { updateDraft } from '../documents/update-draft';
import { buildIntroduction } from './build-documents';

export const INTRO_TEMPLATE = schoolIntroOrder.name;

/** The school's introduction order in force or in preparation (never a cancelled one), newest first. */
export const currentIntroductionOf = (orgId: string) =>
  and(eq(documents.organizationId, orgId), eq(documents.template, INTRO_TEMPLATE), isNull(documents.parentId), inArray(documents.status, ['draft', 'issued', 'amended']));

export async function prepareIntroduction(ctx: OpContext, input: Introduction): Promise<{ id: string }> {
  assertCan(ctx.scope, 'mentoring.manage');
  // The organization row lock serializes two saves of the same school: one draft, never two.
  const [org] = await ctx.tx.select().from(organizations).where(eq(organizations.id, ctx.scope.orgId)).for('update');
  if (!org) throw forbidden();
  const existing = await ctx.tx
    .select({ id: documents.id, status: documents.status, number: documents.number })
    .from(documents)
    .where(currentIntroductionOf(org.id))
    .orderBy(desc(documents.createdAt));
  const issued = existing.find((d) => d.status !== 'draft');
  if (issued) {
    throw conflict(`Приказ о внедрении уже издан (№ ${issued.number}) и не может быть изменён. Подготовьте новый документ, который изменит или отменит его.`);
  }
  const staff = new Map((await ctx.tx.select().from(people).where(eq(people.organizationId, org.id))).map((p) => [p.id, p]));
  const docs = buildIntroduction(org, staff, input);
  const title = introOrderTitle(org);
  const draft = existing[0];
  if (!draft) {
    return createDraft(ctx, {
      template: INTRO_TEMPLATE,
      title,
      data: docs.order,
      annexes: [
        { template: schoolRegulation.name, title: schoolRegulation.title, data: docs.regulation },
        { template: schoolRoadmap.name, title: schoolRoadmap.title, data: docs.roadmap },
      ],
      acknowledgements: docs.acknowledgements,
    });
  }
  await updateDraft(ctx, { documentId: draft.id, data: docs.order, title });
  const annexes = await ctx.tx
    .select({ id: documents.id, template: documents.template })
    .from(documents)
    .where(eq(documents.parentId, draft.id))
    .orderBy(asc(documents.annexNo));
  for (const annex of annexes) {
    await updateDraft(ctx, { documentId: annex.id, data: annex.template === schoolRegulation.name ? docs.regulation : docs.roadmap });
  }
  await ctx.tx.delete(acknowledgements).where(eq(acknowledgements.documentId, draft.id));
  await insertAcknowledgements(ctx.tx, draft.id, docs.acknowledgements);
  return { id: draft.id };
}
