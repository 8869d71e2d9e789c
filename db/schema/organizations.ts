// Organizations form the tenancy tree: region → municipality → school.
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ElectronicHrAct, PersonalDataTerms } from '@/lib/domain/people/personal-data-terms';
import { gender, orgKind } from './enums';

export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: orgKind('kind').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => organizations.id),
    /** Materialized path '/<region id>/<district id>/<school id>/': a subtree is a prefix match. */
    path: text('path').notNull().unique(),
    fullName: text('full_name').notNull(),
    shortName: text('short_name').notNull(),
    city: text('city').notNull().default(''),
    headPosition: text('head_position').notNull().default(''),
    headLastName: text('head_last_name').notNull().default(''),
    headFirstName: text('head_first_name').notNull().default(''),
    headMiddleName: text('head_middle_name'),
    headGender: gender('head_gender'),
    /** Appended to order numbers: «№ 181-од». */
    orderSuffix: text('order_suffix').notNull().default(''),
    /**
     * The acts the organization's preambles cite, each worded to follow «В соответствии с»:
     * federal defaults plus the regional and municipal orders it acts on. Data, never code.
     */
    legalBases: jsonb('legal_bases').$type<{ title: string }[]>().notNull().default(sql`'[]'::jsonb`),
    /** Default limit of mentees per mentor (a mentor's own capacity may be lower). */
    maxMenteesPerMentor: integer('max_mentees_per_mentor').notNull().default(3),
    /** The local act on electronic HR documents (ст. 22.2 ТК РФ); without it every acknowledgement is on paper. */
    electronicHrAct: jsonb('electronic_hr_act').$type<ElectronicHrAct>(),
    /** Operator address, processor, recipients and term stated in the personal-data consents; null until set. */
    personalDataTerms: jsonb('personal_data_terms').$type<PersonalDataTerms>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('organizations_path_prefix').using('btree', sql`${t.path} text_pattern_ops`),
    index('organizations_parent').on(t.parentId),
    check('organizations_parent_kind', sql`(${t.kind} = 'region') = (${t.parentId} is null)`),
  ],
);

export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;
