// Creates a draft document (and, for an order, its annexes) in an organization of the
// caller's subtree. Drafts may be incomplete; they are validated in full when issued.
import 'server-only';
import type { Tx } from '@/db/client';
import { acknowledgements, documents } from '@/db/schema';
import { requireOrgInScope } from '@/lib/server/auth/scope';
import type { TemplateName } from '@/templates/registry';
import type { OpContext } from '../context';
import { templateOf } from './render-frozen';

export interface AcknowledgementEntry {
  personId?: string | null;
  userId?: string | null;
  lastName: string;
  firstName: string;
  middleName?: string | null;
  unit: string;
}

export interface DraftInput {
  organizationId?: string;
  template: TemplateName;
  title: string;
  data: unknown;
  annexes?: { template: TemplateName; title: string; data: unknown }[];
  correctsId?: string | null;
  correction?: 'cancels' | 'amends' | null;
  acknowledgements?: AcknowledgementEntry[];
}

export async function insertAcknowledgements(tx: Tx, documentId: string, rows: AcknowledgementEntry[]) {
  if (rows.length === 0) return;
  await tx.insert(acknowledgements).values(
    rows.map((r, i) => ({
      documentId,
      position: i + 1,
      personId: r.personId ?? null,
      userId: r.userId ?? null,
      lastName: r.lastName,
      firstName: r.firstName,
      middleName: r.middleName ?? null,
      unit: r.unit,
    })),
  );
}

export async function createDraft(ctx: OpContext, input: DraftInput): Promise<{ id: string }> {
  const org = await requireOrgInScope(ctx.tx, ctx.scope, input.organizationId ?? ctx.scope.orgId);
  templateOf(input.template);
  const [doc] = await ctx.tx
    .insert(documents)
    .values({
      organizationId: org.id,
      template: input.template,
      title: input.title,
      data: input.data,
      correctsId: input.correctsId ?? null,
      correction: input.correction ?? null,
      createdBy: ctx.scope.userId,
    })
    .returning({ id: documents.id });
  if (!doc) throw new Error('insert returned no row');
  for (const [i, annex] of (input.annexes ?? []).entries()) {
    templateOf(annex.template);
    await ctx.tx.insert(documents).values({
      organizationId: org.id,
      template: annex.template,
      title: annex.title,
      data: annex.data,
      parentId: doc.id,
      annexNo: i + 1,
      createdBy: ctx.scope.userId,
    });
  }
  await insertAcknowledgements(ctx.tx, doc.id, input.acknowledgements ?? []);
  await ctx.audit({ action: 'document.draft', entity: 'document', entityId: doc.id, organizationId: org.id, after: { template: input.template, title: input.title } });
  return doc;
}
