// The in-app inbox and its e-mail outbox. A row is written in the transaction of the event
// it reports (an order issued, a reminder sent) or by the check of a school's state; the
// mailer sends rows marked for mail after that transaction commits, so a rolled-back event
// never mails and a slow or failing SMTP server never fails nor delays the user's action.
import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { NOTIFICATION_KINDS } from '@/lib/domain/notifications/kinds';
import { organizations } from './organizations';
import { users } from './users';

export const notificationKind = pgEnum('notification_kind', NOTIFICATION_KINDS);
/** pending → sent or failed; null: inbox only (no mail wanted, or none configured when it was written). */
export const mailStatus = pgEnum('mail_status', ['pending', 'sent', 'failed']);

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The recipient's organization when it was written: tenancy filters and the audit trail. */
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    kind: notificationKind('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** The app path the notification leads to ('/dashboard', '/pairs/<id>'). */
    link: text('link').notNull(),
    /** One notification per user and key: a repeated check or a second click the same day writes nothing. */
    dedupKey: text('dedup_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    mailStatus: mailStatus('mail_status'),
    mailedAt: timestamp('mailed_at', { withTimezone: true }),
    mailError: text('mail_error'),
  },
  (t) => [
    uniqueIndex('notifications_user_dedup').on(t.userId, t.dedupKey),
    index('notifications_user_created').on(t.userId, t.createdAt),
    index('notifications_mail_pending').on(t.createdAt).where(sql`${t.mailStatus} = 'pending'`),
  ],
);

export type Notification = typeof notifications.$inferSelect;
export type NewNotification = typeof notifications.$inferInsert;
