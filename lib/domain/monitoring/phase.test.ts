import { describe, expect, it } from 'vitest';
import { campaignPhase, campaignTerm } from './phase';

describe('campaign phase', () => {
  const c = { startsOn: '2026-12-15', deadline: '2026-12-25' };
  it('is open from the start to the deadline, both days included', () => {
    expect(campaignPhase(c, '2026-12-14')).toBe('upcoming');
    expect(campaignPhase(c, '2026-12-15')).toBe('open');
    expect(campaignPhase(c, '2026-12-25')).toBe('open');
    expect(campaignPhase(c, '2026-12-26')).toBe('over');
  });
  it('words the term as documents do', () => {
    expect(campaignTerm(c)).toBe('с 15.12.2026 по 25.12.2026');
  });
});
