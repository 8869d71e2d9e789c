// Changes the kind of a pair or group while it is forming: the pair order and the papers
// print it, so it is fixed once the order is issued.
import 'server-only';
import { and, count, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { mentorPairMentees, mentorPairs } from '@/db/schema';
import { AppError, conflict } from '@/lib/core/errors';
import { GROUP_KIND_MESSAGE, ONE_ON_ONE_KINDS } from '@/lib/domain/mentoring/vocabulary';
import type { pairKindSchema } from '@/lib/domain/validations/pairs';
import type { OpContext } from '../context';
import { loadPair } from './load-pair';

export async function setPairKind(ctx: OpContext, input: z.output<typeof pairKindSchema>): Promise<{ id: string }> {
  const pair = await loadPair(ctx.tx, ctx.scope, input.pairId, { forUpdate: true });
  if (pair.status !== 'forming') throw conflict('Вид наставничества меняется только до приказа о закреплении.');
  const [members] = await ctx.tx.select({ n: count() }).from(mentorPairMentees).where(eq(mentorPairMentees.pairId, pair.id));
  if (members!.n > 1 && ONE_ON_ONE_KINDS.includes(input.kind)) throw new AppError('VALIDATION', GROUP_KIND_MESSAGE, { kind: [GROUP_KIND_MESSAGE] });
  if (pair.kind === input.kind) return { id: pair.id };
  await ctx.tx
    .update(mentorPairs)
    .set({ kind: input.kind, updatedAt: new Date() })
    .where(and(eq(mentorPairs.id, pair.id), eq(mentorPairs.status, 'forming')));
  await ctx.audit({ action: 'pair.kind', entity: 'mentor_pair', entityId: pair.id, organizationId: pair.organizationId, before: { kind: pair.kind }, after: { kind: input.kind } });
  return { id: pair.id };
}
