// Saves the edited data of a draft. An issued document never changes: the update only
// matches a draft, and the database trigger refuses anything else.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { documents } from '@/db/schema';
import { conflict } from '@/lib/core/errors';
import type { OpContext } from '../context';
import { loadOwnDocument } from './load-document';

export async function updateDraft(ctx: OpContext, input: { documentId: string; data: unknown; title?: string }): Promise<void> {
  const doc = await loadOwnDocument(ctx.tx, ctx.scope, input.documentId, { forUpdate: true });
  if (doc.status !== 'draft') throw conflict('Документ уже издан и не может быть изменён. Подготовьте новый документ, который изменит или отменит его.');
  await ctx.tx
    .update(documents)
    .set({ data: input.data, title: input.title ?? doc.title, updatedAt: new Date() })
    .where(and(eq(documents.id, doc.id), eq(documents.status, 'draft')));
  await ctx.audit({ action: 'document.edit', entity: 'document', entityId: doc.id, organizationId: doc.organizationId, before: doc.data, after: input.data });
}
