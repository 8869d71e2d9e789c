// Issues a district order: the addressees and the office's requisites are refreshed to
// the moment of issue (a school registered after the draft was saved is on the sheet),
// then the register numbers, renders and freezes the order in the same transaction.
import 'server-only';
import { conflict } from '@/lib/core/errors';
import type { OpContext } from '../context';
import { type IssueResult, issueDocument } from '../documents/issue-document';
import { loadDocument } from '../documents/load-document';
import { updateDraft } from '../documents/update-draft';
import { assertDistrictOrder, districtOrderBase } from './order-base';
import { refreshAddressees } from './save-order';
import { printedSheet } from './school-heads';

export async function issueDistrictOrder(ctx: OpContext, input: { documentId: string; issueDate: string }): Promise<IssueResult> {
  // The row lock makes a double submit wait here, then find the order issued.
  const doc = await loadDocument(ctx.tx, ctx.scope, input.documentId, { forUpdate: true });
  assertDistrictOrder(doc, ctx.scope);
  if (doc.status !== 'draft') throw conflict(`Приказ уже издан${doc.number ? `: № ${doc.number}` : ''}.`);
  const base = await districtOrderBase(ctx.tx, ctx.scope);
  const data = { ...(doc.data as Record<string, unknown>), org: base.requisites, acknowledgement: printedSheet(base.heads) };
  await updateDraft(ctx, { documentId: doc.id, data });
  await refreshAddressees(ctx, doc.id, base);
  return issueDocument(ctx, input);
}
