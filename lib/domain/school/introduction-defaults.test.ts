import { describe, expect, it } from 'vitest';
import { defaultCuratorDuties, roadmapPeriodOf, schoolYearOf } from './introduction-defaults';

describe('the school year of the introduction', () => {
  it('from August on prepares the coming year; before that the current one', () => {
    expect(schoolYearOf('2026-08-01')).toBe(2026);
    expect(schoolYearOf('2026-12-31')).toBe(2026);
    expect(schoolYearOf('2026-03-10')).toBe(2025);
    expect(roadmapPeriodOf(schoolYearOf('2026-03-10'))).toBe('на 2025/2026 учебный год');
  });

  it('dates the curator’s duties in that year', () => {
    expect(defaultCuratorDuties(2026)[0]).toBe('сформировать банк наставляемых и банк наставников в срок до 30.09.2026');
    expect(defaultCuratorDuties(2026).at(-1)).toContain('по итогам 2026/2027 учебного года');
  });
});
