// The student model (Р-145): pupils and their legal representatives, external mentors, the
// school's forms of mentoring with role variants, the bases of mentees and mentors, pairs and
// groups, the consents of minors, questionnaires and the planned indicator values. Kept apart
// from the staff tables so no staff query can reach a child's data by accident; every table
// carries organization_id so the tenancy filters apply directly.
import { sql, type SQLWrapper } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, numeric, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  EXTERNAL_MENTOR_KINDS,
  GUARDIAN_RELATIONS,
  QUESTIONNAIRE_ROLES,
  QUESTIONNAIRE_SOURCES,
  QUESTIONNAIRE_STAGES,
  STUDENT_CONSENT_KINDS,
  STUDENT_MENTOR_KINDS,
} from '@/lib/domain/students/vocabulary';
import { documents } from './documents';
import { files } from './files';
import { consentStatus, pairEndReason, pairStatus, trainingStatus } from './mentoring';
import { nameColumns } from './name-columns';
import { organizations } from './organizations';
import { people } from './people';
import { users } from './users';

export const studentMentorKind = pgEnum('student_mentor_kind', STUDENT_MENTOR_KINDS);
export const externalMentorKind = pgEnum('external_mentor_kind', EXTERNAL_MENTOR_KINDS);
export const guardianRelation = pgEnum('guardian_relation', GUARDIAN_RELATIONS);
export const studentConsentKind = pgEnum('student_consent_kind', STUDENT_CONSENT_KINDS);
export const questionnaireRole = pgEnum('questionnaire_role', QUESTIONNAIRE_ROLES);
export const questionnaireStage = pgEnum('questionnaire_stage', QUESTIONNAIRE_STAGES);
export const questionnaireSource = pgEnum('questionnaire_source', QUESTIONNAIRE_SOURCES);

/** A date's month and day as one number, 1231 for 31 December: the same for every year. */
export const birthDayOfYear = (d: SQLWrapper) => sql`((extract(month from ${d}) * 100 + extract(day from ${d}))::int)`;

/** A pupil of the school (обучающийся): only what the documents and the indicators need. */
export const pupils = pgTable(
  'pupils',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    ...nameColumns(),
    /** The indicators count by age on a reference date: 10–19 mentees, 15–19 mentors. */
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    /** Класс: 1–11 at school. */
    grade: integer('grade').notNull(),
    /** Литера класса («А»); empty where a school has one class a year. */
    classLetter: text('class_letter').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('pupils_org_class').on(t.organizationId, t.grade, t.classLetter),
    // The indicators count the pupils born on the days next to their cut-offs from this index
    // alone (lib/server/indicators/school-counts.ts; the years and months: pupil_birth_counts).
    // The cut-offs of a date fall on one day of the year: by that day first, they are one range.
    index('pupils_org_birth').on(t.organizationId, birthDayOfYear(t.birthDate), t.birthDate),
    check('pupils_grade_range', sql`${t.grade} between 1 and 11`),
  ],
);

/**
 * Pupils of a school by birth period: a calendar year's total (`months` 12) and each month's
 * (`months` 1), kept by triggers on `pupils` (migration 0022_pupil_birth_counts_triggers). The
 * indicators count a region's million pupils by age from these rows and read pupils only for
 * the days of the cut-offs' own months (lib/server/indicators/school-counts.ts). Derived data:
 * never written by the application, left out of backups, exact at every commit.
 */
export const pupilBirthCounts = pgTable(
  'pupil_birth_counts',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    months: integer('months').notNull(),
    /** The first day of the year or month. */
    since: date('since', { mode: 'string' }).notNull(),
    pupils: integer('pupils').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.months, t.since] }),
    // With the count, so a region's rows are read from the index alone.
    index('pupil_birth_counts_read').on(t.organizationId, t.months, t.since, t.pupils),
    check('pupil_birth_counts_months', sql`${t.months} in (1, 12)`),
  ],
);

/** A parent or other legal representative who consents for the child. */
export const guardians = pgTable(
  'guardians',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    pupilId: uuid('pupil_id')
      .notNull()
      .references(() => pupils.id, { onDelete: 'cascade' }),
    ...nameColumns(),
    relation: guardianRelation('relation').notNull(),
    /**
     * The document confirming the authority (ст. 9 ч. 4 152-ФЗ), e.g. «свидетельство о рождении
     * II-РК № 123456 от 01.02.2012». Empty prints a line the representative fills in by hand.
     */
    authorityDocument: text('authority_document').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('guardians_pupil').on(t.pupilId), index('guardians_org').on(t.organizationId)],
);

/** A mentor from outside the school: no staff record, no account. */
export const externalMentors = pgTable(
  'external_mentors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    ...nameColumns(),
    kind: externalMentorKind('kind').notNull(),
    /** The college, university or employer. */
    employer: text('employer').notNull(),
    /** A student's course and speciality, a representative's position. */
    position: text('position').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('external_mentors_org').on(t.organizationId)],
);

/** A form of mentoring of the school («ученик – ученик» …): editable data, the Р-145 ones by default. */
export const studentForms = pgTable(
  'student_forms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    name: text('name').notNull(),
    /** Who may mentor in this form; matching offers only them. */
    mentorKinds: studentMentorKind('mentor_kinds').array().notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    /** A form in use by a pair is archived, not deleted. */
    archived: boolean('archived').notNull().default(false),
  },
  (t) => [uniqueIndex('student_forms_org_name').on(t.organizationId, t.name)],
);

/** A role variant of a form («успевающий – неуспевающий»). */
export const studentFormVariants = pgTable(
  'student_form_variants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    formId: uuid('form_id')
      .notNull()
      .references(() => studentForms.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    archived: boolean('archived').notNull().default(false),
  },
  (t) => [uniqueIndex('student_form_variants_form_name').on(t.formId, t.name)],
);

/** The base of mentees (stage 2): a pupil with the request of their questionnaire. */
export const studentMentees = pgTable(
  'student_mentees',
  {
    pupilId: uuid('pupil_id')
      .primaryKey()
      .references(() => pupils.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** What the pupil (or the parent) asks help with: studies, adaptation, a project, a profession. */
    request: text('request').notNull().default(''),
    addedOn: date('added_on', { mode: 'string' }).notNull(),
  },
  (t) => [index('student_mentees_org').on(t.organizationId)],
);

/**
 * The base of mentors of pupils (stage 3) and their selection and training (stage 4). A mentor
 * is exactly one of: a pupil, a teacher of the school, an external mentor.
 */
export const studentMentors = pgTable(
  'student_mentors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    kind: studentMentorKind('kind').notNull(),
    pupilId: uuid('pupil_id').references(() => pupils.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => people.id),
    externalId: uuid('external_id').references(() => externalMentors.id, { onDelete: 'cascade' }),
    competences: text('competences').array().notNull().default(sql`'{}'::text[]`),
    capacity: integer('capacity').notNull().default(2),
    /** Stage 4: selected among the volunteers («добровольно желающих»). */
    selected: boolean('selected').notNull().default(false),
    training: trainingStatus('training').notNull().default('none'),
    addedOn: date('added_on', { mode: 'string' }).notNull(),
  },
  (t) => [
    index('student_mentors_org').on(t.organizationId),
    uniqueIndex('student_mentors_pupil').on(t.pupilId),
    uniqueIndex('student_mentors_person').on(t.personId),
    uniqueIndex('student_mentors_external').on(t.externalId),
    check(
      'student_mentors_one_subject',
      sql`(${t.kind} = 'pupil' and ${t.pupilId} is not null and ${t.personId} is null and ${t.externalId} is null)
        or (${t.kind} = 'teacher' and ${t.personId} is not null and ${t.pupilId} is null and ${t.externalId} is null)
        or (${t.kind} in ('student', 'employer') and ${t.externalId} is not null and ${t.pupilId} is null and ${t.personId} is null)`,
    ),
    check('student_mentors_capacity_range', sql`${t.capacity} between 1 and 15`),
  ],
);

/** A pair or group of the student model (stage 5), assigned by the student pair order. */
export const studentPairs = pgTable(
  'student_pairs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    mentorId: uuid('mentor_id')
      .notNull()
      .references(() => studentMentors.id),
    formId: uuid('form_id')
      .notNull()
      .references(() => studentForms.id),
    variantId: uuid('variant_id').references(() => studentFormVariants.id),
    /** индивидуальное, групповое … (вид наставничества), as in the teacher model. */
    kind: text('kind').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    status: pairStatus('status').notNull().default('forming'),
    /** Stage 6: the common goals of the pair. */
    goals: text('goals').notNull().default(''),
    orderId: uuid('order_id').references(() => documents.id),
    /** A teacher mentor keeps the ст. 351.8 ТК РФ additional agreement; pupils and external mentors have none. */
    agreementId: uuid('agreement_id').references(() => documents.id),
    endReason: pairEndReason('end_reason'),
    endedOn: date('ended_on', { mode: 'string' }),
    /** The order ending the pair early (a withdrawn consent, a refusal). */
    terminationOrderId: uuid('termination_order_id').references(() => documents.id),
    /** Stage 7: results of the pair, and whether it is among the best encouraged by the results order. */
    results: text('results'),
    best: boolean('best').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('student_pairs_org_status').on(t.organizationId, t.status),
    index('student_pairs_mentor').on(t.mentorId),
    check('student_pairs_dates', sql`${t.endDate} > ${t.startDate}`),
  ],
);

export const studentPairMentees = pgTable(
  'student_pair_mentees',
  {
    pairId: uuid('pair_id')
      .notNull()
      .references(() => studentPairs.id, { onDelete: 'cascade' }),
    pupilId: uuid('pupil_id')
      .notNull()
      .references(() => pupils.id),
    /** A pupil who left a group that goes on (a withdrawn consent): the day and the order. */
    leftOn: date('left_on', { mode: 'string' }),
    terminationOrderId: uuid('termination_order_id').references(() => documents.id),
  },
  (t) => [primaryKey({ columns: [t.pairId, t.pupilId] }), index('student_pair_mentees_pupil').on(t.pupilId)],
);

/**
 * Who of the pupils is involved, and on which days: per pair whose order was issued (active,
 * completed or terminated), each pupil mentee and its pupil mentor, with the pair's first and
 * last working days (lib/domain/students/indicators.ts lastWorkingDay) and the pupil's school
 * and birth date. Kept by triggers on the pairs, their mentees and mentors and the pupils, as
 * the writing transaction commits (migration 0027_kept_counts), so the indicators read a
 * school's rows working on the date instead of looking up every involved pupil.
 */
export const studentInvolvement = pgTable(
  'student_involvement',
  {
    pairId: uuid('pair_id')
      .notNull()
      .references(() => studentPairs.id, { onDelete: 'cascade' }),
    asMentor: boolean('as_mentor').notNull(),
    pupilId: uuid('pupil_id')
      .notNull()
      .references(() => pupils.id, { onDelete: 'cascade' }),
    /** The pupil's school, where the child counts. */
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.pairId, t.asMentor, t.pupilId] }),
    // A school's rows still working on a date, from the index alone.
    index('student_involvement_read').on(t.organizationId, t.toDate, t.fromDate, t.birthDate, t.asMentor, t.pupilId),
  ],
);

/** Stage 6: meetings of a pair with the intermediate feedback recorded. */
export const studentPairMeetings = pgTable(
  'student_pair_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    pairId: uuid('pair_id')
      .notNull()
      .references(() => studentPairs.id, { onDelete: 'cascade' }),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    topic: text('topic').notNull(),
    feedback: text('feedback').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('student_pair_meetings_pair').on(t.pairId)],
);

/**
 * A consent of the student model, each a separate document. The subject is a pupil (signed by
 * a legal representative, co-signed by a pupil of the school's co-signing age), an external
 * mentor, or a teacher mentoring pupils (participation only: their personal-data consent is
 * the staff one).
 */
export const studentConsents = pgTable(
  'student_consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    pupilId: uuid('pupil_id').references(() => pupils.id, { onDelete: 'cascade' }),
    externalId: uuid('external_id').references(() => externalMentors.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => people.id),
    kind: studentConsentKind('kind').notNull(),
    status: consentStatus('status').notNull().default('requested'),
    /** The representative who signed for a pupil. */
    guardianId: uuid('guardian_id').references(() => guardians.id, { onDelete: 'set null' }),
    /** A pupil of the co-signing age signed too. */
    cosignedByPupil: boolean('cosigned_by_pupil').notNull().default(false),
    receivedOn: date('received_on', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
    /** When the data only a withdrawn personal-data consent covered were erased (ст. 21 ч. 5 152-ФЗ). */
    erasedOn: date('erased_on', { mode: 'string' }),
    /** The consent form generated for signing (the register keeps it). */
    documentId: uuid('document_id').references(() => documents.id),
    scanId: uuid('scan_id').references(() => files.id),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('student_consents_pupil_kind').on(t.pupilId, t.kind).where(sql`${t.pupilId} is not null`),
    uniqueIndex('student_consents_external_kind').on(t.externalId, t.kind).where(sql`${t.externalId} is not null`),
    uniqueIndex('student_consents_person_kind').on(t.personId, t.kind).where(sql`${t.personId} is not null`),
    index('student_consents_org_status').on(t.organizationId, t.status),
    check('student_consents_one_subject', sql`num_nonnulls(${t.pupilId}, ${t.externalId}, ${t.personId}) = 1`),
    check('student_consents_received_date', sql`${t.status} <> 'received' or ${t.receivedOn} is not null`),
  ],
);

/** Monitoring of the student model: one filled questionnaire (анкета). */
export const studentQuestionnaires = pgTable(
  'student_questionnaires',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** Null for the curator's questionnaire on the program as a whole. */
    pairId: uuid('pair_id').references(() => studentPairs.id, { onDelete: 'cascade' }),
    /** Whose answers: the mentee pupil, for the growth stage of a group. */
    pupilId: uuid('pupil_id').references(() => pupils.id, { onDelete: 'cascade' }),
    role: questionnaireRole('role').notNull(),
    stage: questionnaireStage('stage').notNull(),
    source: questionnaireSource('source').notNull(),
    /** Question key → score 1–10 or a short answer, as lib/domain/students/questionnaires lists the questions. */
    answers: jsonb('answers').$type<Record<string, number | string>>().notNull(),
    filledOn: date('filled_on', { mode: 'string' }).notNull(),
    enteredBy: uuid('entered_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('student_questionnaires_org').on(t.organizationId), index('student_questionnaires_pair').on(t.pairId)],
);

/** The school's settings of the student model. */
export const studentSettings = pgTable('student_settings', {
  organizationId: uuid('organization_id')
    .primaryKey()
    .references(() => organizations.id),
  /** From this age a pupil signs the consents together with the parent; null: the parent alone. */
  cosignAge: integer('cosign_age').default(14),
  /** Stage 7 publishes mentees' and mentors' names or photos: the distribution consent becomes required. */
  publishesNames: boolean('publishes_names').notNull().default(false),
  /** The curator of the student model (a staff member). */
  curatorId: uuid('curator_id').references(() => people.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Planned values of the student model's indicators per year, set by the region (seed 002: 10 % / 25 %, 2 % / 4 %). */
export const studentIndicatorPlans = pgTable(
  'student_indicator_plans',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    year: integer('year').notNull(),
    /** Per cent of pupils aged 10–19 involved as mentees. */
    menteeShare: numeric('mentee_share', { precision: 5, scale: 2 }).notNull(),
    /** Per cent of pupils aged 15–19 involved as mentors. */
    mentorShare: numeric('mentor_share', { precision: 5, scale: 2 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.year] })],
);

export type Pupil = typeof pupils.$inferSelect;
export type Guardian = typeof guardians.$inferSelect;
export type ExternalMentor = typeof externalMentors.$inferSelect;
export type StudentForm = typeof studentForms.$inferSelect;
export type StudentFormVariant = typeof studentFormVariants.$inferSelect;
export type StudentMentor = typeof studentMentors.$inferSelect;
export type StudentPair = typeof studentPairs.$inferSelect;
export type StudentConsent = typeof studentConsents.$inferSelect;
export type StudentQuestionnaire = typeof studentQuestionnaires.$inferSelect;
