import { describe, expect, it } from 'vitest';
import { defaultRegulationSections } from '@/templates/school-regulation/defaults';
import { menteeLimitMismatch, regulationMenteeLimit } from './mentee-limit';

const sections = (...texts: string[]) => ({ sections: [{ clauses: texts.map((text) => ({ text })) }] });

describe('the mentee limit of the Положение', () => {
  it('reads the number in digits or in words', () => {
    expect(regulationMenteeLimit(sections('Наставник одновременно может вести не более 4 наставляемых.'))).toBe(4);
    expect(regulationMenteeLimit(sections('Прочее.', 'Наставник одновременно может вести не более трех наставляемых.'))).toBe(3);
    expect(regulationMenteeLimit(sections('Прочее.'))).toBeNull();
  });

  it('agrees with the setting the defaults were built from, and names the mismatch otherwise', () => {
    const regulation = { sections: defaultRegulationSections({ shortName: 'МБОУ «СОШ № 1»', maxMenteesPerMentor: 3 }, []) };
    expect(menteeLimitMismatch(regulation, 3)).toBeNull();
    expect(menteeLimitMismatch(regulation, 15)).toBe(
      'В Положении указано не более 3, а в сведениях об организации — 15 наставляемых на одного наставника: должно быть одно число, «Наставник одновременно может вести не более 15 наставляемых.».',
    );
    expect(menteeLimitMismatch(sections('Прочее.'), 2)).toContain('нет пункта о числе наставляемых');
  });
});
