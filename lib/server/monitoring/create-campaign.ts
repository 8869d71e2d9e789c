// The regional operator opens a monitoring campaign for every school of the region. A
// double submit finds the campaign the first one opened and returns it.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { monitoringCampaigns } from '@/db/schema';
import { AppError } from '@/lib/core/errors';
import { assertCan } from '@/lib/domain/permissions';
import type { createCampaignSchema } from '@/lib/domain/validations/monitoring';
import { todayIso } from '../clock';
import type { OpContext } from '../context';

export async function createCampaign(ctx: OpContext, input: z.output<typeof createCampaignSchema>): Promise<{ id: string }> {
  assertCan(ctx.scope, 'monitoring.manage');
  if (input.deadline < todayIso()) {
    throw new AppError('VALIDATION', 'Срок сдачи уже прошёл.', { deadline: ['Срок сдачи уже прошёл: укажите сегодняшнюю или более позднюю дату.'] });
  }
  // Serialises campaign creation per region, so the check below sees a concurrent twin.
  await ctx.tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`monitoring-campaign:${ctx.scope.orgId}`}, 0))`);
  const [twin] = await ctx.tx
    .select({ id: monitoringCampaigns.id })
    .from(monitoringCampaigns)
    .where(
      and(
        eq(monitoringCampaigns.organizationId, ctx.scope.orgId),
        eq(monitoringCampaigns.title, input.title),
        eq(monitoringCampaigns.startsOn, input.startsOn),
        eq(monitoringCampaigns.deadline, input.deadline),
      ),
    )
    .limit(1);
  if (twin) return twin;
  const [row] = await ctx.tx
    .insert(monitoringCampaigns)
    .values({ organizationId: ctx.scope.orgId, title: input.title, startsOn: input.startsOn, deadline: input.deadline, createdBy: ctx.scope.userId })
    .returning({ id: monitoringCampaigns.id });
  if (!row) throw new Error('insert returned no row');
  await ctx.audit({ action: 'monitoring.campaign.create', entity: 'monitoring_campaign', entityId: row.id, after: input });
  return row;
}
