// The state of a campaign on a day, as a badge.
import { type CampaignDates, campaignPhase, PHASE_LABELS } from '@/lib/domain/monitoring/phase';

const CLASS = { upcoming: 'todo', open: 'progress', over: 'done' } as const;

export function PhaseBadge({ campaign, today }: { campaign: CampaignDates; today: string }) {
  const phase = campaignPhase(campaign, today);
  return <span className={`badge ${CLASS[phase]}`}>{PHASE_LABELS[phase]}</span>;
}
