// Writes notifications inside the caller's transaction: one row per recipient and dedup key
// (a repeated check, a second reminder the same day, a re-run writes nothing), marked for
// mail when SMTP is configured and the notice is worth a mail.
import 'server-only';
import { and, eq, isNotNull, isNull, ne, or } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { acknowledgements, notifications, users } from '@/db/schema';
import type { Notice } from '@/lib/domain/notifications/notices';
import { mailConfigured } from './mailer';

export interface Recipient {
  userId: string;
  organizationId: string;
}

/** Returns the users newly notified (those who already had this notice are left out). */
export async function notify(tx: Db | Tx, recipients: Recipient[], notice: Notice, opts: { mail: boolean }): Promise<string[]> {
  const unique = [...new Map(recipients.map((r) => [r.userId, r])).values()];
  if (unique.length === 0) return [];
  const rows = await tx
    .insert(notifications)
    .values(unique.map((r) => ({ ...r, ...notice, mailStatus: opts.mail && mailConfigured() ? ('pending' as const) : null })))
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupKey] })
    .returning({ userId: notifications.userId });
  return rows.map((r) => r.userId);
}

/**
 * The active accounts a document's acknowledgement sheet names: heads by their account
 * (district orders), staff by their staff record (school orders). The issuer is left out.
 */
export async function addresseesOf(tx: Db | Tx, documentId: string, opts: { exceptUserId?: string; pendingOnly?: boolean } = {}): Promise<Recipient[]> {
  const rows = await tx
    .selectDistinct({ userId: users.id, organizationId: users.organizationId })
    .from(acknowledgements)
    .innerJoin(users, or(eq(users.id, acknowledgements.userId), and(isNotNull(acknowledgements.personId), eq(users.personId, acknowledgements.personId))))
    .where(
      and(
        eq(acknowledgements.documentId, documentId),
        eq(users.isActive, true),
        opts.exceptUserId ? ne(users.id, opts.exceptUserId) : undefined,
        opts.pendingOnly ? isNull(acknowledgements.acknowledgedOn) : undefined,
      ),
    );
  return rows;
}
