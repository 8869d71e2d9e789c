// The campaigns a user sees, newest first, each with how many schools of the user's
// subtree have submitted (for a school: whether it has).
import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { monitoringCampaigns, monitoringSubmissions, organizations } from '@/db/schema';
import { inScope, orgsInScope, type Scope } from '@/lib/server/auth/scope';
import { campaignsVisible } from './visible';

export async function listCampaigns(db: Db, scope: Scope) {
  const submitted = db
    .select({ n: sql<number>`count(*)::int` })
    .from(monitoringSubmissions)
    .where(sql`${monitoringSubmissions.campaignId} = ${monitoringCampaigns.id} and ${inScope(scope, monitoringSubmissions.organizationId)}`);
  const [[schools], campaigns] = await Promise.all([
    db.select({ n: sql<number>`count(*)::int` }).from(organizations).where(and(eq(organizations.kind, 'school'), orgsInScope(scope))),
    db
      .select({
        id: monitoringCampaigns.id,
        title: monitoringCampaigns.title,
        startsOn: monitoringCampaigns.startsOn,
        deadline: monitoringCampaigns.deadline,
        submitted: sql<number>`(${submitted})`,
      })
      .from(monitoringCampaigns)
      .where(campaignsVisible(scope))
      .orderBy(desc(monitoringCampaigns.startsOn), desc(monitoringCampaigns.createdAt)),
  ]);
  return { schools: schools?.n ?? 0, campaigns };
}
