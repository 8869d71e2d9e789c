// The organization's one open draft of a template: preparing a document again brings that
// draft up to date (data, title, the «С приказом ознакомлены» rows) instead of making a second
// one. The row lock queues a second submit behind the first, which then finds its draft.
import 'server-only';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { acknowledgements, documents } from '@/db/schema';
import type { PersonRow } from '@/lib/domain/mentoring/staff';
import type { TemplateName } from '@/templates/registry';
import type { OpContext } from '../context';
import { type AcknowledgementEntry, createDraft, insertAcknowledgements } from './create-draft';
import { updateDraft } from './update-draft';

export async function upsertDraft(
  ctx: OpContext,
  o: { organizationId: string; template: TemplateName; title: string; data: unknown; acknowledgements: AcknowledgementEntry[] },
): Promise<{ id: string }> {
  const [existing] = await ctx.tx
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.organizationId, o.organizationId), eq(documents.template, o.template), eq(documents.status, 'draft'), isNull(documents.parentId)))
    .orderBy(desc(documents.createdAt))
    .limit(1)
    .for('update');
  if (!existing) return createDraft(ctx, o);
  await updateDraft(ctx, { documentId: existing.id, data: o.data, title: o.title });
  await ctx.tx.delete(acknowledgements).where(eq(acknowledgements.documentId, existing.id));
  await insertAcknowledgements(ctx.tx, existing.id, o.acknowledgements);
  return { id: existing.id };
}

/** Staff members on the acknowledgement list, each under their position. */
export const staffAcknowledgements = (listed: readonly PersonRow[]): AcknowledgementEntry[] =>
  listed.map((p) => ({ personId: p.id, lastName: p.lastName, firstName: p.firstName, middleName: p.middleName, unit: p.position }));
