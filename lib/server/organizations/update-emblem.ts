// Sets or removes the emblem of an organization's бланк. The upload is judged by its bytes
// (signature and a header that decodes to dimensions), never by its name or declared type.
import 'server-only';
import { eq } from 'drizzle-orm';
import { organizations } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import { inspectImage } from '@/lib/documents/image';
import type { EmblemInput } from '@/lib/domain/validations/organization';
import { requireOrgInScope } from '@/lib/server/auth/scope';
import type { OpContext } from '../context';

export async function updateEmblem(ctx: OpContext, input: EmblemInput): Promise<{ id: string; emblem: boolean }> {
  const org = await requireOrgInScope(ctx.tx, ctx.scope, input.organizationId);
  let emblem: Buffer | null = null;
  let emblemFormat: 'png' | 'jpeg' | null = null;
  let size: { widthPx: number; heightPx: number } | null = null;
  if (!input.remove && input.emblem) {
    emblem = Buffer.from(await input.emblem.arrayBuffer());
    const info = inspectImage(emblem);
    if ('problem' in info) throw new AppError('VALIDATION', info.problem, { emblem: [info.problem] });
    emblemFormat = info.format;
    size = { widthPx: info.widthPx, heightPx: info.heightPx };
  }
  await ctx.tx.update(organizations).set({ emblem, emblemFormat, updatedAt: new Date() }).where(eq(organizations.id, org.id));
  await ctx.audit({
    action: 'organization.emblem',
    entity: 'organization',
    entityId: org.id,
    organizationId: org.id,
    before: { emblem: org.emblemFormat },
    after: { emblem: emblemFormat, ...size, bytes: emblem?.length ?? 0 },
  });
  return { id: org.id, emblem: emblem !== null };
}
