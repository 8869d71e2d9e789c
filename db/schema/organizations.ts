// Organizations form the tenancy tree: region → municipality → school.
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, customType, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ElectronicHrAct, PersonalDataTerms } from '@/lib/domain/people/personal-data-terms';
import { gender, orgKind } from './enums';

// Declared here rather than imported from documents.ts, which imports this module.
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

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
     * Appended to the numbers of personnel orders («№ 12-лс»): pay and rewards are orders on
     * personnel, kept 50/75 years (Перечень, приказ Росархива № 236, ст. 434), a series of their own.
     */
    personnelOrderSuffix: text('personnel_order_suffix').notNull().default('-лс'),
    /**
     * The clause of the school's pay system the mentoring payment rests on, worded to follow
     * «в соответствии с»: «пунктом 4.5 Положения об оплате труда работников …». Data, never code.
     */
    payBasis: text('pay_basis').notNull().default(''),
    /**
     * The acts the organization's preambles cite, each worded to follow «В соответствии с»:
     * federal defaults plus the regional and municipal orders it acts on. Data, never code.
     */
    legalBases: jsonb('legal_bases').$type<{ title: string }[]>().notNull().default(sql`'[]'::jsonb`),
    /** Default limit of mentees per mentor (a mentor's own capacity may be lower). */
    maxMenteesPerMentor: integer('max_mentees_per_mentor').notNull().default(3),
    /** The бланк of its orders and letters (ГОСТ Р 7.0.97-2025): reference data, each printed when filled in. */
    address: text('address').notNull().default(''),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    ogrn: text('ogrn').notNull().default(''),
    inn: text('inn').notNull().default(''),
    /** The emblem above the name: PNG or JPEG bytes, checked by their content when uploaded. */
    emblem: bytea('emblem'),
    emblemFormat: text('emblem_format'),
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
    check('organizations_emblem_format', sql`(${t.emblem} is null) = (${t.emblemFormat} is null) and ${t.emblemFormat} in ('png', 'jpeg')`),
  ],
);

export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;
