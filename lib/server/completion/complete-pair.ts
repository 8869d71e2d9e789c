// Completes a pair: its results and the short feedback of the mentor and the mentee are
// recorded and it moves from active to completed. The status change is
// `UPDATE … WHERE status = 'active'`, so a second submit finds nothing to change. A pair is
// completed only after it has worked to its ППН, and not on the day it started: the results
// order would otherwise report a program that never ran.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { mentorPairs, programs } from '@/db/schema';
import { AppError, conflict } from '@/lib/core/errors';
import type { CompletePair } from '@/lib/domain/validations/completion';
import { todayIso } from '../clock';
import type { OpContext } from '../context';
import { loadPair } from '../pairs/load-pair';

export async function completePair(ctx: OpContext, input: CompletePair): Promise<{ id: string }> {
  const pair = await loadPair(ctx.tx, ctx.scope, input.pairId, { forUpdate: true });
  if (pair.status === 'completed') throw conflict('Пара уже завершена.');
  if (pair.status !== 'active') throw conflict('Завершить можно только пару, закреплённую приказом.');
  if (input.endedOn <= pair.startDate || input.endedOn > todayIso()) {
    const message = 'Дата завершения — позже дня начала наставничества и не позже сегодняшнего дня.';
    throw new AppError('VALIDATION', message, { endedOn: [message] });
  }
  const [ppn] = await ctx.tx
    .select({ id: programs.id })
    .from(programs)
    .where(and(eq(programs.pairId, pair.id), eq(programs.kind, 'ppn')))
    .limit(1);
  if (!ppn) throw conflict('У пары нет ППН: сначала составьте программу на странице «Программы», завершается пара, работавшая по ней.');
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
