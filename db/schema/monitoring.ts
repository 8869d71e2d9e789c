// Monitoring campaigns of the regional operator and the figures each school
// submits: computed from its data, confirmed by the school, frozen on submission.
import { index, jsonb, pgEnum, pgTable, primaryKey, date, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { users } from './users';

export const campaignStatus = pgEnum('campaign_status', ['open', 'closed']);

export const monitoringCampaigns = pgTable(
  'monitoring_campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The region that runs it; it reaches every school of the region. */
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    title: text('title').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    status: campaignStatus('status').notNull().default('open'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('monitoring_campaigns_org').on(t.organizationId)],
);

export const monitoringSubmissions = pgTable(
  'monitoring_submissions',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => monitoringCampaigns.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** The indicator values as computed and confirmed at submission. */
    figures: jsonb('figures').notNull(),
    submittedBy: uuid('submitted_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.organizationId] }), index('monitoring_submissions_org').on(t.organizationId)],
);
