// The school's mentoring data: banks of mentors and mentees, pairs and groups, consents,
// programs. Every table carries organization_id so tenancy filters apply directly.
import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  CONSENT_KINDS,
  CONSENT_STATUSES,
  MENTEE_CATEGORIES,
  MENTORING_BASES,
  PAIR_END_REASONS,
  PAIR_STATUSES,
  TRAINING_STATUSES,
} from '@/lib/domain/mentoring/vocabulary';
import { documents } from './documents';
import { files } from './files';
import { organizations } from './organizations';
import { people } from './people';
import { users } from './users';

export const menteeCategory = pgEnum('mentee_category', MENTEE_CATEGORIES);
export const trainingStatus = pgEnum('training_status', TRAINING_STATUSES);
export const pairStatus = pgEnum('pair_status', PAIR_STATUSES);
export const pairEndReason = pgEnum('pair_end_reason', PAIR_END_REASONS);
export const consentKind = pgEnum('consent_kind', CONSENT_KINDS);
export const consentStatus = pgEnum('consent_status', CONSENT_STATUSES);
/**
 * What the mentoring work rests on: an additional agreement (ст. 351.8 ТК РФ), the job
 * function itself (a head or deputy whose duties include it: no agreement, no payment —
 * Роструд 02.10.2025 № ТЗ/7300-6-1), or an agreement the founder signs with the school head.
 */
export const mentoringBasis = pgEnum('mentoring_basis', MENTORING_BASES);
export const programKind = pgEnum('program_kind', ['ppn', 'iom']);

export const menteeProfiles = pgTable(
  'mentee_profiles',
  {
    personId: uuid('person_id')
      .primaryKey()
      .references(() => people.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    category: menteeCategory('category').notNull(),
    /** Professional deficits found by diagnostics, as short phrases. */
    deficits: text('deficits').array().notNull().default(sql`'{}'::text[]`),
    requests: text('requests').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('mentee_profiles_org').on(t.organizationId)],
);

export const mentorProfiles = pgTable(
  'mentor_profiles',
  {
    personId: uuid('person_id')
      .primaryKey()
      .references(() => people.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    competences: text('competences').array().notNull().default(sql`'{}'::text[]`),
    /** How many mentees this mentor may have at once. */
    capacity: integer('capacity').notNull().default(2),
    training: trainingStatus('training').notNull().default('none'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('mentor_profiles_org').on(t.organizationId), check('mentor_capacity_range', sql`${t.capacity} between 1 and 15`)],
);

export const mentorPairs = pgTable(
  'mentor_pairs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    mentorId: uuid('mentor_id')
      .notNull()
      .references(() => people.id),
    /** «педагог – педагог» … (форма наставничества). */
    form: text('form').notNull(),
    /** индивидуальное, групповое, виртуальное … (вид наставничества). */
    kind: text('kind').notNull(),
    /** The mentor's extra pay as the additional agreement states it («3000 рублей в месяц»); null prints a blank. */
    paymentSize: text('payment_size'),
    basis: mentoringBasis('basis').notNull().default('agreement'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    status: pairStatus('status').notNull().default('forming'),
    /** The order «О закреплении наставнических пар» that assigned it. */
    orderId: uuid('order_id').references(() => documents.id),
    /** The personnel order («-лс») assigning the work and setting the payment: its draft, then the issued order. */
    payOrderId: uuid('pay_order_id').references(() => documents.id),
    /** The personnel order stopping the payment after the pair ended. */
    payStopOrderId: uuid('pay_stop_order_id').references(() => documents.id),
    endReason: pairEndReason('end_reason'),
    endNoticeDate: date('end_notice_date', { mode: 'string' }),
    endedOn: date('ended_on', { mode: 'string' }),
    terminationOrderId: uuid('termination_order_id').references(() => documents.id),
    /** The employer's registered notice of early cancellation («У-N»): one per pair while it is in force. */
    cancellationNoticeId: uuid('cancellation_notice_id').references(() => documents.id),
    results: text('results'),
    mentorFeedback: text('mentor_feedback'),
    menteeFeedback: text('mentee_feedback'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('mentor_pairs_org_status').on(t.organizationId, t.status),
    index('mentor_pairs_mentor').on(t.mentorId),
    check('mentor_pairs_dates', sql`${t.endDate} > ${t.startDate}`),
  ],
);

export const mentorPairMentees = pgTable(
  'mentor_pair_mentees',
  {
    pairId: uuid('pair_id')
      .notNull()
      .references(() => mentorPairs.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
  },
  (t) => [primaryKey({ columns: [t.pairId, t.personId] }), index('mentor_pair_mentees_person').on(t.personId)],
);

export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    /** Null for the personal-data consent, which belongs to the person, not to a pair. */
    pairId: uuid('pair_id').references(() => mentorPairs.id, { onDelete: 'cascade' }),
    kind: consentKind('kind').notNull(),
    status: consentStatus('status').notNull().default('requested'),
    receivedOn: date('received_on', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
    /** After a withdrawn personal-data consent: when the data only it covered were erased (ст. 21 152-ФЗ). */
    erasedOn: date('erased_on', { mode: 'string' }),
    scanId: uuid('scan_id').references(() => files.id),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('consents_pair_person_kind').on(t.pairId, t.personId, t.kind).where(sql`${t.pairId} is not null`),
    uniqueIndex('consents_person_kind_personal').on(t.personId, t.kind).where(sql`${t.pairId} is null`),
    index('consents_org_status').on(t.organizationId, t.status),
    check('consents_received_date', sql`${t.status} <> 'received' or ${t.receivedOn} is not null`),
  ],
);

/**
 * Per school, the counts of its data that do not depend on a date: the mentors and mentees
 * banks (with anyone in a pair not terminated without being in the bank), pairs by status, the
 * consents its forming and active pairs still lack, whether its introduction order and
 * положение are issued, its staff and those of them without a birth date or a start of
 * pedagogical work. Triggers on the tables they count recompute a school's row as the writing
 * transaction commits (migrations 0025_school_counts_triggers, 0027_kept_counts), so a
 * region's indicators read its schools' rows instead of counting over their data.
 */
export const schoolCounts = pgTable('school_counts', {
  organizationId: uuid('organization_id')
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  mentors: integer('mentors').notNull(),
  mentees: integer('mentees').notNull(),
  pairsForming: integer('pairs_forming').notNull(),
  pairsActive: integer('pairs_active').notNull(),
  pairsCompleted: integer('pairs_completed').notNull(),
  pairsTerminated: integer('pairs_terminated').notNull(),
  consentsOutstanding: integer('consents_outstanding').notNull(),
  implementing: integer('implementing').notNull(),
  regulation: integer('regulation').notNull(),
  staff: integer('staff').notNull().default(0),
  staffWithoutData: integer('staff_without_data').notNull().default(0),
});

export const programs = pgTable(
  'programs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    kind: programKind('kind').notNull(),
    pairId: uuid('pair_id').references(() => mentorPairs.id, { onDelete: 'cascade' }),
    /** The mentee an ИОМ belongs to. */
    personId: uuid('person_id').references(() => people.id),
    /** The template data (ppn / iom): deficits, aims, plan rows with completion marks. */
    data: jsonb('data').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('programs_org').on(t.organizationId), index('programs_pair').on(t.pairId)],
);

export type MenteeProfile = typeof menteeProfiles.$inferSelect;
export type MentorProfile = typeof mentorProfiles.$inferSelect;
export type MentorPair = typeof mentorPairs.$inferSelect;
export type Consent = typeof consents.$inferSelect;
export type Program = typeof programs.$inferSelect;
