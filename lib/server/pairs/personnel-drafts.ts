// One draft per personnel template and school: preparing again refreshes it, with its
// acknowledgement sheet, rather than stacking up drafts the head would have to tell apart.
import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { acknowledgements, documents } from '@/db/schema';
import type { PersonRow } from '@/lib/domain/mentoring/staff';
import type { TemplateName } from '@/templates/registry';
import type { OpContext } from '../context';
import { createDraft, insertAcknowledgements } from '../documents/create-draft';
import { updateDraft } from '../documents/update-draft';

export async function upsertSchoolDraft(
  ctx: OpContext,
  o: { organizationId: string; template: TemplateName; title: string; data: unknown; listed: PersonRow[] },
): Promise<{ id: string }> {
  const rows = o.listed.map((p) => ({ personId: p.id, lastName: p.lastName, firstName: p.firstName, middleName: p.middleName, unit: p.position }));
  const [existing] = await ctx.tx
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.organizationId, o.organizationId), eq(documents.template, o.template), eq(documents.status, 'draft')))
    .orderBy(desc(documents.createdAt))
    .limit(1)
    .for('update');
  if (!existing) return createDraft(ctx, { organizationId: o.organizationId, template: o.template, title: o.title, data: o.data, acknowledgements: rows });
  await updateDraft(ctx, { documentId: existing.id, data: o.data, title: o.title });
  await ctx.tx.delete(acknowledgements).where(eq(acknowledgements.documentId, existing.id));
  await insertAcknowledgements(ctx.tx, existing.id, rows);
  return { id: existing.id };
}

/** The dedup of people listed on a sheet, in order of first mention. */
export function uniquePeople(people: PersonRow[]): PersonRow[] {
  return [...new Map(people.map((p) => [p.id, p])).values()];
}
