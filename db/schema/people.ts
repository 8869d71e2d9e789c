// Staff of an organization (педагогические работники). A person may exist without a login:
// the paper flow works for everyone.
import { sql } from 'drizzle-orm';
import { boolean, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { nameColumns } from './name-columns';
import { organizations } from './organizations';

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    ...nameColumns(),
    position: text('position').notNull().default(''),
    subjects: text('subjects').array().notNull().default(sql`'{}'::text[]`),
    email: text('email'),
    /** Mirrors the person's one personal-data consent (consents, kind personal_data): written only with it. */
    personalDataConsent: boolean('personal_data_consent').notNull().default(false),
    personalDataConsentDate: date('personal_data_consent_date', { mode: 'string' }),
    pedagogicalStart: date('pedagogical_start', { mode: 'string' }),
    birthDate: date('birth_date', { mode: 'string' }),
    /**
     * A mentee of a forming, active or completed pair: kept by the database as the pairs change
     * (migration 0027_kept_counts), for the young teachers covered by mentoring.
     */
    mentored: boolean('mentored').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Birth date and the start of pedagogical work belong to the employment record, not
    // to the consent: a withdrawal keeps them (issue 12), so no CHECK ties them to it.
    // The young teachers of the indicators and the region dashboard, and those of them covered
    // (lib/server/indicators/school-counts.ts), are read from this index alone: a school's staff
    // born after the age cut-off. By organization alone it serves every other lookup as before.
    index('people_org_dates').on(t.organizationId, t.birthDate, t.pedagogicalStart, t.mentored),
  ],
);

export type Person = typeof people.$inferSelect;
export type NewPerson = typeof people.$inferInsert;
