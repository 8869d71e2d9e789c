// Notices that follow from a school's state rather than from an event: a pair still missing
// consents, a pair's term ending within the window, a monitoring deadline near. They are
// computed when a curator or head opens a page (the menu's unread count runs this first)
// instead of by a background job: the app has no scheduler to keep alive across instances,
// the notice matters only to someone who opens the app, and the dedup key makes each check
// idempotent. When nothing new is due the check only reads, so it writes nothing and the
// page cache (which replays pages only while nothing was written) keeps working.
import 'server-only';
import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { monitoringCampaigns, monitoringSubmissions, notifications } from '@/db/schema';
import { addDays } from '@/lib/core/calendar/iso-dates';
import { initialsAfter } from '@/lib/core/russian';
import { missingOf } from '@/lib/domain/mentoring/consents';
import { personNameOf } from '@/lib/domain/mentoring/staff';
import { NOTICE_WINDOW_DAYS } from '@/lib/domain/notifications/kinds';
import { type CampaignFacts, stateNotices } from '@/lib/domain/notifications/notices';
import type { Scope } from '@/lib/server/auth/scope';
import { todayIso } from '@/lib/server/clock';
import { campaignsVisible } from '../monitoring/visible';
import { listPairs } from '../pairs/list-pairs';
import { notify } from './notify';

const CHECKED_ROLES: Scope['role'][] = ['school_head', 'curator'];

async function dueCampaigns(db: Db, scope: Scope, today: string): Promise<CampaignFacts[]> {
  return db
    .select({
      id: monitoringCampaigns.id,
      title: monitoringCampaigns.title,
      startsOn: monitoringCampaigns.startsOn,
      deadline: monitoringCampaigns.deadline,
      status: monitoringCampaigns.status,
      submitted: sql<boolean>`exists (select 1 from ${monitoringSubmissions} where ${monitoringSubmissions.campaignId} = ${monitoringCampaigns.id}
        and ${monitoringSubmissions.organizationId} = ${scope.orgId})`,
    })
    .from(monitoringCampaigns)
    .where(
      and(
        campaignsVisible(scope),
        eq(monitoringCampaigns.status, 'open'),
        gte(monitoringCampaigns.deadline, today),
        lte(monitoringCampaigns.deadline, addDays(today, NOTICE_WINDOW_DAYS)),
      ),
    );
}

/** Writes the notices the caller's school calls for today and does not have yet; returns how many. */
export async function syncStateNotifications(db: Db, scope: Scope, today = todayIso()): Promise<number> {
  if (!CHECKED_ROLES.includes(scope.role) || scope.orgKind !== 'school') return 0;
  const [pairs, campaigns] = await Promise.all([listPairs(db, scope, { statuses: ['forming', 'active'] }), dueCampaigns(db, scope, today)]);
  const due = stateNotices(today, {
    pairs: pairs.map((p) => ({
      id: p.pair.id,
      status: p.pair.status,
      endDate: p.pair.endDate,
      mentor: initialsAfter(personNameOf(p.mentor)),
      missingConsents: missingOf(p.consents).length,
    })),
    campaigns,
  });
  if (due.length === 0) return 0;
  const had = await db
    .select({ key: notifications.dedupKey })
    .from(notifications)
    .where(and(eq(notifications.userId, scope.userId), inArray(notifications.dedupKey, due.map((n) => n.dedupKey))));
  const known = new Set(had.map((r) => r.key));
  const fresh = due.filter((n) => !known.has(n.dedupKey));
  if (fresh.length === 0) return 0;
  // Inbox only: the person is in the app when these are found, a mail would only repeat them.
  const me = [{ userId: scope.userId, organizationId: scope.orgId }];
  return db.transaction(async (tx) => {
    let written = 0;
    for (const notice of fresh) written += (await notify(tx, me, notice, { mail: false })).length;
    return written;
  });
}
