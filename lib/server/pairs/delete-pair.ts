// Dissolves a pair that is still forming (a mistake before the order): its pair-bound
// consents and their scans go with it; each person's personal-data consent stays.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { consents, mentorPairs } from '@/db/schema';
import { conflict } from '@/lib/core/errors';
import { deleteScans } from '../consents/scans';
import type { OpContext } from '../context';
import { loadPair } from './load-pair';

export async function deletePair(ctx: OpContext, input: { pairId: string }): Promise<void> {
  const pair = await loadPair(ctx.tx, ctx.scope, input.pairId, { forUpdate: true });
  if (pair.status !== 'forming') throw conflict('Пару, закреплённую приказом, можно только досрочно прекратить приказом.');
  const papers = await ctx.tx.select({ scanId: consents.scanId }).from(consents).where(eq(consents.pairId, pair.id));
  const deleted = await ctx.tx
    .delete(mentorPairs)
    .where(and(eq(mentorPairs.id, pair.id), eq(mentorPairs.status, 'forming')))
    .returning({ id: mentorPairs.id });
  if (deleted.length !== 1) throw conflict('Пара уже изменена. Обновите страницу.');
  await deleteScans(ctx.tx, papers.map((p) => p.scanId));
  await ctx.audit({ action: 'pair.delete', entity: 'mentor_pair', entityId: pair.id, organizationId: pair.organizationId, before: pair });
}
