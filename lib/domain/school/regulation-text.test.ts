import { describe, expect, it } from 'vitest';
import { FEDERAL_LEGAL_BASES } from '@/templates/_school/legal-bases';
import { defaultRegulationSections } from '@/templates/school-regulation/defaults';
import { clausesToText, textToClauses } from './regulation-text';

describe('a section of the Положение as text', () => {
  it('round-trips every default section exactly', () => {
    for (const section of defaultRegulationSections({ shortName: 'МБОУ «СОШ № 1»', maxMenteesPerMentor: 3 }, FEDERAL_LEGAL_BASES)) {
      expect(textToClauses(clausesToText(section.clauses))).toEqual(section.clauses);
    }
  });

  it('writes clauses apart by a blank line and list items with a dash', () => {
    expect(clausesToText([{ text: 'Задачи:', list: ['первая', 'вторая'] }, { text: 'Второй пункт.' }])).toBe('Задачи:\n– первая\n– вторая\n\nВторой пункт.');
  });

  it('reads what a curator types: CRLF, extra blank lines, hyphens, wrapped lines', () => {
    const text = 'Первый пункт\r\nпродолжается.\r\n\r\n\r\nЗадачи:\r\n- одна\n— две\n  и ещё\n\n';
    expect(textToClauses(text)).toEqual([{ text: 'Первый пункт продолжается.' }, { text: 'Задачи:', list: ['одна', 'две и ещё'] }]);
  });

  it('keeps a block of dash lines without a lead-in as a clause with its list', () => {
    expect(textToClauses('– а\n– б')).toEqual([{ text: 'а', list: ['б'] }]);
    expect(textToClauses('   \n\n')).toEqual([]);
  });
});
