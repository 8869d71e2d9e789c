// Change counters for the page cache (scripts/page-cache.cjs): one row per organization whose
// data was written, bumped in the writing transaction by triggers on every tenant table
// (migration 0015_org_changes_triggers), plus the row of the all-zero id for changes that
// concern everybody (a row without an organization, a change to the tree itself). A cached
// page of an organization is served only while the counters of its subtree, its ancestors and
// the global row are unchanged (`page_cache_version`), so a write in one school leaves the
// pages of every other school cached. No foreign key: a counter outlives a deleted organization
// and may be bumped before the organization's own row is visible.
import { sql } from 'drizzle-orm';
import { bigint, pgTable, uuid } from 'drizzle-orm/pg-core';

export const GLOBAL_CHANGE_ID = '00000000-0000-0000-0000-000000000000';

export const orgChanges = pgTable('org_changes', {
  organizationId: uuid('organization_id').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull().default(sql`0`),
});
