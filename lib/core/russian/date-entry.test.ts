import { describe, expect, it } from 'vitest';
import { dateEntryText, dateEntryValue, readDateEntry } from './date-entry';

describe('readDateEntry', () => {
  it('reads дд.мм.гггг and its usual variants to ISO', () => {
    expect(readDateEntry('01.09.2026')).toEqual({ ok: true, iso: '2026-09-01' });
    expect(readDateEntry(' 1.9.2026 ')).toEqual({ ok: true, iso: '2026-09-01' });
    expect(readDateEntry('01/09/2026')).toEqual({ ok: true, iso: '2026-09-01' });
    expect(readDateEntry('01092026')).toEqual({ ok: true, iso: '2026-09-01' });
    expect(readDateEntry('29.02.2024')).toEqual({ ok: true, iso: '2024-02-29' });
  });

  it('keeps accepting ISO dates (links and pasted values)', () => {
    expect(readDateEntry('2026-09-01')).toEqual({ ok: true, iso: '2026-09-01' });
  });

  it('refuses dates that are not in the calendar and text that is not a date', () => {
    expect(readDateEntry('31.02.2026')).toEqual({ ok: false, reason: 'calendar' });
    expect(readDateEntry('29.02.2025')).toEqual({ ok: false, reason: 'calendar' });
    expect(readDateEntry('01.13.2026')).toEqual({ ok: false, reason: 'calendar' });
    expect(readDateEntry('2026-02-30')).toEqual({ ok: false, reason: 'calendar' });
    expect(readDateEntry('09/01/26')).toEqual({ ok: false, reason: 'format' });
    expect(readDateEntry('завтра')).toEqual({ ok: false, reason: 'format' });
    expect(readDateEntry('  ')).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('dateEntryText / dateEntryValue', () => {
  it('shows an ISO value as дд.мм.гггг and hands a whole date back as ISO', () => {
    expect(dateEntryText('2026-09-01')).toBe('01.09.2026');
    expect(dateEntryText('01.09.20')).toBe('01.09.20');
    expect(dateEntryText(null)).toBe('');
    expect(dateEntryValue('01.09.2026')).toBe('2026-09-01');
    expect(dateEntryValue('01.09.20')).toBe('01.09.20');
  });
});
