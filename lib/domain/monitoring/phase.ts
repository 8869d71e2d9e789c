// Where a monitoring campaign stands on a day: schools submit from its start to its
// deadline, both days included.
import { formatDate } from '@/lib/core/russian';

export type CampaignPhase = 'upcoming' | 'open' | 'over';

export interface CampaignDates {
  startsOn: string;
  deadline: string;
}

export function campaignPhase(c: CampaignDates, today: string): CampaignPhase {
  if (today < c.startsOn) return 'upcoming';
  return today > c.deadline ? 'over' : 'open';
}

export const PHASE_LABELS: Record<CampaignPhase, string> = { upcoming: 'ещё не начался', open: 'идёт приём сведений', over: 'завершён' };

/** 'с 15.12.2026 по 25.12.2026' */
export const campaignTerm = (c: CampaignDates) => `с ${formatDate(c.startsOn)} по ${formatDate(c.deadline)}`;
