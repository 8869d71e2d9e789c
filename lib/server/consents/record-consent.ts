// Records what happened to a consent on paper: received (with the date, an optional scan and,
// for an additional agreement, its number), declined or withdrawn. A personal-data withdrawal
// is confirmed with what will be erased and by when; nothing is erased here. A withdrawal that touches a
// pair already assigned by order starts the amending path: the caller is told which pairs.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { consents, mentorPairMentees, mentorPairs } from '@/db/schema';
import { AppError, conflict, notFound } from '@/lib/core/errors';
import { formatDate } from '@/lib/core/russian';
import { canMove, CONSENT_LABELS, CONSENT_STATUS_LABELS } from '@/lib/domain/mentoring/consents';
import { erasureDeadline, withdrawalConsequences } from '@/lib/domain/people/personal-data-terms';
import type { RecordConsentInput } from '@/lib/domain/validations/consents';
import { inScope, parseId } from '@/lib/server/auth/scope';
import { todayIso } from '../clock';
import type { OpContext } from '../context';
import { applyPersonalDataConsent } from '../people/personal-data';
import { deleteScans, storeScan } from './scans';

export interface RecordConsentResult {
  status: RecordConsentInput['status'];
  /** Active pairs this withdrawal concerns: each needs an order ending it early. */
  activePairIds: string[];
}

const invalidDate = (message: string) => new AppError('VALIDATION', message, { date: [message] });

export async function recordConsent(ctx: OpContext, input: RecordConsentInput): Promise<RecordConsentResult> {
  const id = parseId(input.consentId, 'Запись о согласии');
  const [row] = await ctx.tx
    .select()
    .from(consents)
    .where(and(eq(consents.id, id), inScope(ctx.scope, consents.organizationId)))
    .for('update');
  if (!row) throw notFound('Запись о согласии');
  if (!canMove(row.status, input.status)) {
    throw conflict(`Нельзя отметить «${CONSENT_STATUS_LABELS[input.status]}»: сейчас «${CONSENT_STATUS_LABELS[row.status]}». Обновите страницу.`);
  }
  if (input.date > todayIso()) throw invalidDate('Дата не может быть позже сегодняшней.');
  if (input.status === 'withdrawn' && row.receivedOn && input.date < row.receivedOn) {
    throw invalidDate(`Отзыв не может быть раньше получения (${formatDate(row.receivedOn)}).`);
  }
  if (input.status === 'withdrawn' && row.kind === 'personal_data' && !input.confirmErasure) {
    const message = `Подтвердите отзыв. ${withdrawalConsequences(input.date, formatDate)}`;
    throw new AppError('VALIDATION', message, { confirmErasure: [message] });
  }

  let change: Partial<typeof consents.$inferInsert>;
  if (input.status === 'received') {
    const scanId = input.scan ? await storeScan(ctx.tx, row.organizationId, ctx.scope.userId, input.scan, `${CONSENT_LABELS[row.kind]} ${input.date}`) : null;
    change = { receivedOn: input.date, closedOn: null, erasedOn: null, scanId, note: row.kind === 'additional_agreement' ? input.number : null };
  } else {
    change = { closedOn: input.date };
  }
  const updated = await ctx.tx
    .update(consents)
    .set({ ...change, status: input.status, recordedBy: ctx.scope.userId, updatedAt: new Date() })
    .where(and(eq(consents.id, row.id), eq(consents.status, row.status)))
    .returning({ id: consents.id });
  if (updated.length !== 1) throw conflict('Отметка уже изменена. Обновите страницу.');
  // A new paper replaces the scan of the old one.
  if (input.status === 'received' && row.scanId) await deleteScans(ctx.tx, [row.scanId]);
  if (row.kind === 'personal_data' && input.status !== 'declined') await applyPersonalDataConsent(ctx.tx, row.personId, input.status, input.date);

  const activePairIds = input.status === 'withdrawn' ? await activePairsOf(ctx, row) : [];
  await ctx.audit({
    action: `consent.${input.status}`,
    entity: 'consent',
    entityId: row.id,
    organizationId: row.organizationId,
    before: { status: row.status, receivedOn: row.receivedOn, closedOn: row.closedOn },
    after: {
      status: input.status,
      date: input.date,
      scan: Boolean(change.scanId),
      activePairIds,
      ...(row.kind === 'personal_data' && input.status === 'withdrawn' ? { erasureDeadline: erasureDeadline(input.date) } : {}),
    },
  });
  return { status: input.status, activePairIds };
}

/** The active pairs a withdrawn consent belongs to: its own pair, or every pair of the person for personal data. */
async function activePairsOf(ctx: OpContext, row: typeof consents.$inferSelect): Promise<string[]> {
  if (row.pairId) {
    const [pair] = await ctx.tx.select({ id: mentorPairs.id }).from(mentorPairs).where(and(eq(mentorPairs.id, row.pairId), eq(mentorPairs.status, 'active')));
    return pair ? [pair.id] : [];
  }
  const asMentor = await ctx.tx.select({ id: mentorPairs.id }).from(mentorPairs).where(and(eq(mentorPairs.mentorId, row.personId), eq(mentorPairs.status, 'active')));
  const asMentee = await ctx.tx
    .select({ id: mentorPairs.id })
    .from(mentorPairs)
    .innerJoin(mentorPairMentees, eq(mentorPairMentees.pairId, mentorPairs.id))
    .where(and(eq(mentorPairMentees.personId, row.personId), eq(mentorPairs.status, 'active')));
  return [...new Set([...asMentor, ...asMentee].map((p) => p.id))];
}
