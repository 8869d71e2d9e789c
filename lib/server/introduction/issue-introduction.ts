// Issues the introduction order: the organization's current requisites and legal bases are
// written into the draft and its annexes first (settings may have changed since the last
// save), then the register issues the three documents at once under one number.
import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { documents, organizations } from '@/db/schema';
import { notFound } from '@/lib/core/errors';
import type { OpContext } from '../context';
import { issueDocument, type IssueResult } from '../documents/issue-document';
import { loadDocument } from '../documents/load-document';
import { updateDraft } from '../documents/update-draft';
import { requireOrgRequisites } from '../organizations/requisites';
import { INTRO_TEMPLATE } from './prepare-introduction';

export async function issueIntroduction(ctx: OpContext, input: { documentId: string; issueDate: string }): Promise<IssueResult> {
  const doc = await loadDocument(ctx.tx, ctx.scope, input.documentId, { forUpdate: true });
  if (doc.template !== INTRO_TEMPLATE || doc.parentId) throw notFound('Приказ о внедрении', 'masculine');
  if (doc.status === 'draft') {
    const [org] = await ctx.tx.select().from(organizations).where(eq(organizations.id, doc.organizationId));
    const requisites = requireOrgRequisites(org!);
    await updateDraft(ctx, { documentId: doc.id, data: { ...(doc.data as object), org: requisites, legalBases: org!.legalBases } });
    const annexes = await ctx.tx.select().from(documents).where(eq(documents.parentId, doc.id)).orderBy(asc(documents.annexNo));
    for (const annex of annexes) await updateDraft(ctx, { documentId: annex.id, data: { ...(annex.data as object), org: requisites } });
  }
  // A second submit finds the order issued and gets the register's «Документ уже издан: № …».
  return issueDocument(ctx, input);
}
