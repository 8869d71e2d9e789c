// The e-mail side of notifications: an outbox drained after commit. Rows marked 'pending'
// are written in the transaction of their event; `kickMailer` (called by scopedAction once
// that transaction has committed) sends them in the background, so mail never delays or
// fails a user's action, and a message left over by a crash or an SMTP outage goes out
// with the next action. Without SMTP_URL nothing is marked for mail: the inbox alone works.
import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import { type Db, getDb } from '@/db/client';
import { notifications, users } from '@/db/schema';
import { mailOf } from '@/lib/domain/notifications/notices';

export const mailConfigured = (): boolean => Boolean(process.env.SMTP_URL);

/** Where the links in a mail lead: APP_URL, else the address next-auth serves at (npm start sets it). */
export const appBaseUrl = (): string => process.env.APP_URL || process.env.NEXTAUTH_URL || 'http://localhost:3000';

const mailFrom = (): string => process.env.MAIL_FROM || '"Наставник" <noreply@localhost>';

let cached: { url: string; transport: Transporter } | null = null;
function transport(): Transporter {
  const url = process.env.SMTP_URL!;
  if (cached?.url !== url) cached = { url, transport: nodemailer.createTransport(url) };
  return cached.transport;
}

const BATCH = 50;

/**
 * Sends the pending mail, oldest first, and records each result. Rows are locked with SKIP
 * LOCKED, so several workers or instances never send one message twice.
 */
export async function deliverPendingMail(db: Db): Promise<{ sent: number; failed: number }> {
  if (!mailConfigured()) return { sent: 0, failed: 0 };
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: notifications.id,
        title: notifications.title,
        body: notifications.body,
        link: notifications.link,
        email: users.email,
        name: users.fullName,
      })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(eq(notifications.mailStatus, 'pending'))
      .orderBy(asc(notifications.createdAt))
      .limit(BATCH)
      .for('update', { of: notifications, skipLocked: true });
    let sent = 0;
    let failed = 0;
    for (const row of rows) {
      const mail = mailOf(row, { baseUrl: appBaseUrl(), recipient: row.name });
      try {
        await transport().sendMail({ from: mailFrom(), to: row.email, ...mail });
        await tx.update(notifications).set({ mailStatus: 'sent', mailedAt: sql`now()`, mailError: null }).where(eq(notifications.id, row.id));
        sent++;
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        console.error(`Почта: письмо уведомления ${row.id} не отправлено (${message})`);
        await tx
          .update(notifications)
          .set({ mailStatus: 'failed', mailError: message.slice(0, 500) })
          .where(and(eq(notifications.id, row.id), eq(notifications.mailStatus, 'pending')));
        failed++;
      }
    }
    return { sent, failed };
  });
}

let running: Promise<void> | null = null;
let again = false;

/** Starts draining the outbox in the background; never throws, never waits. */
export function kickMailer(): void {
  if (!mailConfigured()) return;
  if (running) {
    again = true;
    return;
  }
  running = (async () => {
    do {
      again = false;
      try {
        const { sent, failed } = await deliverPendingMail(getDb());
        if (sent + failed === BATCH) again = true;
      } catch (e) {
        console.error(`Почта: очередь уведомлений не обработана (${e instanceof Error ? e.message : String(e)})`);
      }
    } while (again);
  })().finally(() => {
    running = null;
  });
}
