// Change counters for the page cache (scripts/page-cache.cjs): one row per organization whose
// data was written, bumped as the writing transaction commits by triggers on every tenant table
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

/**
 * One row per writing transaction, for its lifetime: inserting it queues a deferred trigger
 * that bumps the counters the transaction noted (in the transaction-local setting
 * `org_changes.pending`) at commit, in one sorted statement. So a counter row is locked only
 * while its transaction commits, never while it waits for other locks, and adds no deadlock.
 */
export const orgChangesPending = pgTable('org_changes_pending', {
  txid: bigint('txid', { mode: 'number' }).primaryKey(),
});
