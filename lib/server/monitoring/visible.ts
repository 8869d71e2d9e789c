// Which monitoring campaigns a user sees: those run by an organization on the path from the
// region down to the user's own (a campaign of the region reaches every district and school).
import 'server-only';
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { monitoringCampaigns } from '@/db/schema';
import { notFound } from '@/lib/core/errors';
import { parseId, type Scope } from '@/lib/server/auth/scope';

export function campaignsVisible(scope: Scope): SQL {
  return inArray(monitoringCampaigns.organizationId, scope.orgPath.split('/').filter(Boolean));
}

export async function loadCampaign(db: Db | Tx, scope: Scope, id: unknown) {
  const campaignId = parseId(id, 'Кампания мониторинга');
  const [campaign] = await db
    .select()
    .from(monitoringCampaigns)
    .where(and(eq(monitoringCampaigns.id, campaignId), campaignsVisible(scope)))
    .limit(1);
  if (!campaign) throw notFound('Кампания мониторинга');
  return campaign;
}
