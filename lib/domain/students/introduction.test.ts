import { describe, expect, it } from 'vitest';
import { basesToText, defaultStudentCuratorDuties, STUDENT_LEGAL_BASES, textToBases } from './introduction';

describe('the student introduction order’s data', () => {
  it('cites Р-145 and МР-42/02 by default and edits the bases one a line', () => {
    const text = basesToText(STUDENT_LEGAL_BASES);
    expect(text).toContain('распоряжением Министерства просвещения Российской Федерации от 25.12.2019 № Р-145');
    expect(text).toContain('письмом Министерства просвещения Российской Федерации от 23.01.2020 № МР-42/02');
    expect(textToBases(text)).toEqual(STUDENT_LEGAL_BASES);
    expect(textToBases('  приказом № 1;\n\n письмом № 2, \n')).toEqual([{ title: 'приказом № 1' }, { title: 'письмом № 2' }]);
  });

  it('dates the curator’s duties in the school year', () => {
    const duties = defaultStudentCuratorDuties(2026);
    expect(duties[0]).toContain('до 30.09.2026');
    expect(duties.at(-1)).toContain('2026/2027 учебного года');
  });
});
