// A school confirms and submits its figures to an open campaign. The figures are computed
// again here and must match what the school was shown; until the deadline a school may
// submit again, which replaces its figures (both submissions stay in the audit log).
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { monitoringSubmissions } from '@/db/schema';
import { conflict } from '@/lib/core/errors';
import { formatDate } from '@/lib/core/russian';
import { campaignPhase } from '@/lib/domain/monitoring/phase';
import { assertCan } from '@/lib/domain/permissions';
import type { submitFiguresSchema } from '@/lib/domain/validations/monitoring';
import { todayIso } from '../clock';
import type { OpContext } from '../context';
import { computeSchoolFigures, figuresVersion } from './figures';
import { loadCampaign } from './visible';

export async function submitFigures(ctx: OpContext, input: z.output<typeof submitFiguresSchema>): Promise<{ resubmitted: boolean }> {
  const { scope, tx } = ctx;
  assertCan(scope, 'monitoring.submit');
  const campaign = await loadCampaign(tx, scope, input.campaignId);
  const today = todayIso();
  const phase = campaignPhase(campaign, today);
  if (phase === 'upcoming') throw conflict(`Приём сведений по мониторингу «${campaign.title}» начнётся ${formatDate(campaign.startsOn)}.`);
  if (phase === 'over') throw conflict(`Приём сведений по мониторингу «${campaign.title}» завершён: срок сдачи истёк ${formatDate(campaign.deadline)}.`);

  const figures = await computeSchoolFigures(tx, scope, scope.orgId, today);
  if (figuresVersion(figures) !== input.version) {
    throw conflict('Показатели изменились после того, как вы открыли страницу. Проверьте их и подтвердите снова.');
  }
  const key = and(eq(monitoringSubmissions.campaignId, campaign.id), eq(monitoringSubmissions.organizationId, scope.orgId));
  // The lock makes a concurrent second submit wait and then replace, never fail.
  const [before] = await tx.select({ figures: monitoringSubmissions.figures }).from(monitoringSubmissions).where(key).for('update');
  await tx
    .insert(monitoringSubmissions)
    .values({ campaignId: campaign.id, organizationId: scope.orgId, figures, submittedBy: scope.userId })
    .onConflictDoUpdate({
      target: [monitoringSubmissions.campaignId, monitoringSubmissions.organizationId],
      set: { figures, submittedBy: scope.userId, submittedAt: new Date() },
    });
  await ctx.audit({
    action: before ? 'monitoring.resubmit' : 'monitoring.submit',
    entity: 'monitoring_submission',
    entityId: campaign.id,
    organizationId: scope.orgId,
    before: before?.figures ?? null,
    after: figures,
  });
  return { resubmitted: Boolean(before) };
}
