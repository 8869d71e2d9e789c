// The document register: drafts, issued documents frozen with their rendered files, and
// acknowledgement sheets. Numbers are unique per organization and calendar year.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { DOCUMENT_SERIES } from '@/lib/documents/numbering';
import type { ElectronicSignatureMark } from '@/templates/acknowledgement-sheet/schema';
import { organizations } from './organizations';
import { people } from './people';
import { users } from './users';

export const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/** draft → issued → cancelled (by a later document) or amended (by a later document). */
export const documentStatus = pgEnum('document_status', ['draft', 'issued', 'cancelled', 'amended']);
export const correctionKind = pgEnum('correction_kind', ['cancels', 'amends']);
/**
 * Numbering series, each counted apart: organisational orders («-од»), personnel orders («-лс»),
 * additional agreements («ДС-N») and the employer's notices («У-N»).
 */
export const documentSeries = pgEnum('document_series', DOCUMENT_SERIES);
export const acknowledgementMethod = pgEnum('acknowledgement_method', ['electronic', 'paper']);

export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** The template's name in templates/registry.ts. */
    template: text('template').notNull(),
    title: text('title').notNull(),
    status: documentStatus('status').notNull().default('draft'),
    /** Template data; for an issued document the exact snapshot it was rendered from. */
    data: jsonb('data').notNull(),
    /** An annex belongs to its order and is issued with it, under the order's number. */
    parentId: uuid('parent_id').references((): AnyPgColumn => documents.id),
    annexNo: integer('annex_no'),
    /** The document this one cancels or amends. */
    correctsId: uuid('corrects_id').references((): AnyPgColumn => documents.id),
    correction: correctionKind('correction'),
    year: integer('year'),
    series: documentSeries('series').notNull().default('general'),
    sequence: integer('sequence'),
    /** As printed: '100-д'. */
    number: text('number'),
    issueDate: date('issue_date', { mode: 'string' }),
    docx: bytea('docx'),
    pdf: bytea('pdf'),
    docxSha256: text('docx_sha256'),
    pdfSha256: text('pdf_sha256'),
    createdBy: uuid('created_by').references(() => users.id),
    issuedBy: uuid('issued_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('documents_number_unique').on(t.organizationId, t.year, t.series, t.sequence),
    index('documents_org_status').on(t.organizationId, t.status),
    index('documents_parent').on(t.parentId),
    check('documents_correction_pair', sql`(${t.correctsId} is null) = (${t.correction} is null)`),
    check(
      'documents_issued_frozen',
      sql`${t.status} = 'draft' or (${t.issueDate} is not null and ${t.docx} is not null and ${t.pdf} is not null)`,
    ),
  ],
);

/** The last numbers given per organization and year, one per series; incremented in the issuing transaction. */
export const documentCounters = pgTable(
  'document_counters',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
    /** The last number of the personnel series («-лс»), counted apart from the general one. */
    personnelLast: integer('personnel_last').notNull().default(0),
    /** The last number of the additional agreements («ДС-N»). */
    agreementLast: integer('agreement_last').notNull().default(0),
    /** The last number of the employer's notices to employees («У-N»). */
    noticeLast: integer('notice_last').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.year] })],
);

/** One row of «С приказом ознакомлены»: a person (school order) or a user (district order). */
export const acknowledgements = pgTable(
  'acknowledgements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    position: integer('position').notNull(),
    personId: uuid('person_id').references(() => people.id),
    userId: uuid('user_id').references(() => users.id),
    /** The name in the nominative; the sheet prints it as 'Иванова М.П.'. */
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    middleName: text('middle_name'),
    /** Position or institution, as printed. */
    unit: text('unit').notNull().default(''),
    acknowledgedOn: date('acknowledged_on', { mode: 'string' }),
    method: acknowledgementMethod('method'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }),
    /** For an electronic acknowledgement: the evidence its printed mark shows (ГОСТ Р 7.0.97-2025). */
    signature: jsonb('signature').$type<ElectronicSignatureMark>(),
  },
  (t) => [
    index('acknowledgements_document').on(t.documentId, t.position),
    index('acknowledgements_user').on(t.userId),
    check('acknowledgements_method_with_date', sql`(${t.acknowledgedOn} is null) = (${t.method} is null)`),
  ],
);

export type DocumentRow = typeof documents.$inferSelect;
export type Acknowledgement = typeof acknowledgements.$inferSelect;
