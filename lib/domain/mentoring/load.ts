// A mentor's load: mentees in the mentor's forming and active pairs, limited by the
// mentor's own capacity and the organization's maximum, whichever is lower.
import type { PairStatus } from './vocabulary';

/** The statuses whose mentees count towards a mentor's load. */
export const LOADED_STATUSES = ['forming', 'active'] as const satisfies readonly PairStatus[];

export function mentorLimit(capacity: number, orgMax: number): number {
  return Math.max(0, Math.min(capacity, orgMax));
}

export interface LoadCheck {
  ok: boolean;
  free: number;
}

/** Whether `adding` more mentees fit next to the `load` a mentor already has. */
export function checkLoad(load: number, limit: number, adding: number): LoadCheck {
  const free = Math.max(0, limit - load);
  return { ok: adding <= free, free };
}
