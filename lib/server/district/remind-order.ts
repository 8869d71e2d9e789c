// The coordinator's reminder to every head who has not acknowledged an issued district
// order yet: an inbox notice and a mail each, at most once per head, order and day (the
// dedup key carries the date), so a second click the same day reminds nobody twice.
import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { notifications } from '@/db/schema';
import { conflict } from '@/lib/core/errors';
import { reminderKey } from '@/lib/domain/notifications/notices';
import type { Scope } from '@/lib/server/auth/scope';
import { todayIso } from '@/lib/server/clock';
import type { OpContext } from '../context';
import { loadDocument } from '../documents/load-document';
import { remindPending } from '../notifications/document-notices';
import { addresseesOf } from '../notifications/notify';
import { assertDistrictOrder } from './order-base';

export async function remindAcknowledgement(ctx: OpContext, input: { documentId: string }, today = todayIso()) {
  // The row lock serializes two coordinators' clicks: the second finds today's reminders written.
  const doc = await loadDocument(ctx.tx, ctx.scope, input.documentId, { forUpdate: true });
  assertDistrictOrder(doc, ctx.scope);
  if (doc.status !== 'issued') throw conflict('Напомнить можно только об изданном действующем приказе.');
  const { reminded, alreadyToday } = await remindPending(ctx.tx, doc.id, today);
  await ctx.audit({ action: 'district_order.remind', entity: 'document', entityId: doc.id, after: { reminded: reminded.length, alreadyToday, date: today } });
  return { reminded: reminded.length, alreadyToday };
}

/** What the reminder button says: how many heads have not acknowledged, how many of them a click would reach today. */
export async function reminderState(db: Db, scope: Scope, documentId: unknown, today = todayIso()) {
  const doc = await loadDocument(db, scope, documentId);
  assertDistrictOrder(doc, scope);
  if (doc.status !== 'issued') return null;
  const pending = await addresseesOf(db, doc.id, { pendingOnly: true });
  if (pending.length === 0) return { pending: 0, due: 0 };
  const reminded = await db
    .select({ userId: notifications.userId })
    .from(notifications)
    .where(and(eq(notifications.dedupKey, reminderKey(doc.id, today)), inArray(notifications.userId, pending.map((p) => p.userId))));
  return { pending: pending.length, due: pending.length - reminded.length };
}
