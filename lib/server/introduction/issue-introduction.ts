// Issues the introduction order: the organization's current requisites and legal bases are
// written into the draft and its annexes first (settings may have changed since the last
// save), then the register issues the three documents at once under one number.
import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { acknowledgements, type DocumentRow, documents, type Organization, organizations, people } from '@/db/schema';
import { conflict, notFound } from '@/lib/core/errors';
import { menteeLimitMismatch } from '@/lib/domain/school/mentee-limit';
import { schoolRegulation } from '@/templates/school-regulation';
import type { SchoolRegulation } from '@/templates/school-regulation/schema';
import type { OpContext } from '../context';
import { issueDocument, type IssueResult } from '../documents/issue-document';
import { loadDocument } from '../documents/load-document';
import { updateDraft } from '../documents/update-draft';
import { requireOrgRequisites } from '../organizations/requisites';
import { missingFromSheet } from './build-documents';
import { INTRO_TEMPLATE } from './prepare-introduction';

/** Staff hired and a limit changed since the last save would make the issued set disagree with the school. */
async function checkStillConsistent(ctx: OpContext, org: Organization, orderId: string, annexes: DocumentRow[]): Promise<void> {
  const staff = await ctx.tx.select().from(people).where(eq(people.organizationId, org.id));
  const listed = await ctx.tx.select({ personId: acknowledgements.personId }).from(acknowledgements).where(eq(acknowledgements.documentId, orderId));
  const missing = missingFromSheet(staff, listed.map((a) => a.personId));
  if (missing) throw conflict(`${missing} Откройте проект, добавьте их и сохраните.`);
  const regulation = annexes.find((a) => a.template === schoolRegulation.name);
  const limit = regulation ? menteeLimitMismatch(regulation.data as SchoolRegulation, org.maxMenteesPerMentor) : null;
  if (limit) throw conflict(limit);
}

export async function issueIntroduction(ctx: OpContext, input: { documentId: string; issueDate: string }): Promise<IssueResult> {
  const doc = await loadDocument(ctx.tx, ctx.scope, input.documentId, { forUpdate: true });
  if (doc.template !== INTRO_TEMPLATE || doc.parentId) throw notFound('Приказ о внедрении', 'masculine');
  if (doc.status === 'draft') {
    const [org] = await ctx.tx.select().from(organizations).where(eq(organizations.id, doc.organizationId));
    const requisites = requireOrgRequisites(org!);
    await updateDraft(ctx, { documentId: doc.id, data: { ...(doc.data as object), org: requisites, legalBases: org!.legalBases } });
    const annexes = await ctx.tx.select().from(documents).where(eq(documents.parentId, doc.id)).orderBy(asc(documents.annexNo));
    await checkStillConsistent(ctx, org!, doc.id, annexes);
    for (const annex of annexes) await updateDraft(ctx, { documentId: annex.id, data: { ...(annex.data as object), org: requisites } });
  }
  // A second submit finds the order issued and gets the register's «Документ уже издан: № …».
  return issueDocument(ctx, input);
}
