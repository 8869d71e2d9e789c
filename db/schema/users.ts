// Accounts. Every user belongs to exactly one organization; that organization's subtree
// is all they can see.
import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { role } from './enums';
import { organizations } from './organizations';
import { people } from './people';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-case; unique. */
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: role('role').notNull(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    personId: uuid('person_id').references(() => people.id),
    fullName: text('full_name').notNull(),
    isActive: boolean('is_active').notNull().default(true),
    /** Agreed to electronic HR documents (ст. 22.1 ТК РФ): in-app acknowledgement counts. */
    electronicHrConsent: boolean('electronic_hr_consent').notNull().default(false),
    /** The day the consent was given; how it was given: in the app by the user, or on paper recorded by an upper level. */
    electronicHrConsentDate: date('electronic_hr_consent_date'),
    electronicHrConsentSource: text('electronic_hr_consent_source').$type<'self' | 'paper'>(),
    /** A one-time password (setup, reset) was issued: every page leads to the password change until it is done. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('users_email').on(sql`lower(${t.email})`), index('users_org').on(t.organizationId)],
);

/** Failed and successful sign-ins, for the rate limit (kept in Postgres so it holds across instances). */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    key: text('key').notNull(),
    succeeded: boolean('succeeded').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_attempts_key_at').on(t.key, t.at), index('login_attempts_at').on(t.at)],
);

/**
 * Server-side sessions: the JWT carries the id of a row here, and every request checks that
 * the row is neither revoked nor expired, so sign-out, a password change or reset and
 * disabling end a session at once instead of when its 8-hour token expires.
 */
export const userSessions = pgTable(
  'user_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('user_sessions_user').on(t.userId), index('user_sessions_expires').on(t.expiresAt)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
