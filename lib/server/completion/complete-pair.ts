// Completes a pair: its results and the short feedback of the mentor and the mentee are
// recorded and it moves from active to completed. The status change is
// `UPDATE … WHERE status = 'active'`, so a second submit finds nothing to change.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { mentorPairs } from '@/db/schema';
import { AppError, conflict } from '@/lib/core/errors';
import type { CompletePair } from '@/lib/domain/validations/completion';
import { todayIso } from '../clock';
import type { OpContext } from '../context';
import { loadPair } from '../pairs/load-pair';

export async function completePair(ctx: OpContext, input: CompletePair): Promise<{ id: string }> {
  const pair = await loadPair(ctx.tx, ctx.scope, input.pairId, { forUpdate: true });
  if (pair.status === 'completed') throw conflict('Пара уже завершена.');
  if (pair.status !== 'active') throw conflict('Завершить можно только пару, закреплённую приказом.');
  if (input.endedOn < pair.startDate || input.endedOn > todayIso()) {
    const message = 'Дата завершения — не раньше начала наставничества и не позже сегодняшнего дня.';
    throw new AppError('VALIDATION', message, { endedOn: [message] });
  }
  const values = { results: input.results, mentorFeedback: input.mentorFeedback, menteeFeedback: input.menteeFeedback, endedOn: input.endedOn };
  const updated = await ctx.tx
    .update(mentorPairs)
    .set({ ...values, status: 'completed', updatedAt: new Date() })
    .where(and(eq(mentorPairs.id, pair.id), eq(mentorPairs.status, 'active')))
    .returning({ id: mentorPairs.id });
  if (updated.length !== 1) throw conflict('Пара уже завершена.');
  await ctx.audit({ action: 'pair.complete', entity: 'mentor_pair', entityId: pair.id, organizationId: pair.organizationId, before: { status: pair.status }, after: { status: 'completed', ...values } });
  return { id: pair.id };
}
