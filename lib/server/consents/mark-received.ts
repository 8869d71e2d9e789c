// Marks a set of consents received on one date in one transaction: a curator brings back
// twenty papers signed the same day and records them with one click instead of twenty. Each
// consent goes through recordConsent, so every rule of a single mark (the transition, the date,
// the personal-data flag of the person, the audit row) holds for each; only consents still
// requested are marked, so a declined or withdrawn one is never turned over by a stale page.
import 'server-only';
import { and, asc, inArray } from 'drizzle-orm';
import { consents } from '@/db/schema';
import { AppError, conflict, notFound } from '@/lib/core/errors';
import type { MarkConsentsReceivedInput } from '@/lib/domain/validations/consents';
import { inScope, parseId } from '@/lib/server/auth/scope';
import { todayIso } from '../clock';
import type { OpContext } from '../context';
import { recordConsent } from './record-consent';

export interface MarkConsentsReceivedResult {
  marked: number;
  /** Already received, declined or withdrawn when the set was sent: left as they are. */
  skipped: number;
}

export async function markConsentsReceived(ctx: OpContext, input: MarkConsentsReceivedInput): Promise<MarkConsentsReceivedResult> {
  const ids = [...new Set(input.consentIds.map((id) => parseId(id, 'Запись о согласии')))];
  if (input.date > todayIso()) {
    const message = 'Дата не может быть позже сегодняшней.';
    throw new AppError('VALIDATION', message, { date: [message] });
  }
  // Locked in id order, so two overlapping sets queue instead of deadlocking.
  const rows = await ctx.tx
    .select({ id: consents.id, status: consents.status })
    .from(consents)
    .where(and(inArray(consents.id, ids), inScope(ctx.scope, consents.organizationId)))
    .orderBy(asc(consents.id))
    .for('update');
  if (rows.length !== ids.length) throw notFound('Запись о согласии');
  const pending = rows.filter((r) => r.status === 'requested');
  if (pending.length === 0) throw conflict('Все эти согласия уже отмечены. Обновите страницу.');
  for (const r of pending) {
    await recordConsent(ctx, { status: 'received', consentId: r.id, date: input.date, number: null, scan: null });
  }
  return { marked: pending.length, skipped: rows.length - pending.length };
}
