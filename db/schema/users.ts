// Accounts. Every user belongs to exactly one organization; that organization's subtree
// is all they can see.
import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid, bigserial } from 'drizzle-orm/pg-core';
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
  (t) => [index('login_attempts_key_at').on(t.key, t.at)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
