import { describe, expect, it } from 'vitest';
import { enumerationItems, preambleText, regulationCited } from './wording';

describe('preambleText', () => {
  it('joins the legal bases and the reasons and ends with a comma', () => {
    expect(preambleText([{ title: 'приказом от 01.09.2025 № 181-од.' }], ['в целях развития наставничества.'])).toBe(
      'В соответствии с приказом от 01.09.2025 № 181-од, в целях развития наставничества,',
    );
  });

  it('uses «со» before a cluster starting with с', () => {
    expect(preambleText([{ title: 'статьей 351.8 Трудового кодекса Российской Федерации' }], [])).toBe(
      'В соответствии со статьей 351.8 Трудового кодекса Российской Федерации,',
    );
  });

  it('opens with the reasons when there are no legal bases', () => {
    expect(preambleText([], ['на основании уведомления наставника'])).toBe('На основании уведомления наставника,');
  });
});

describe('regulationCited', () => {
  it('leaves blanks for an act not yet registered', () => {
    expect(regulationCited({ shortName: 'МБОУ «СОШ № 1»' }, { date: null, number: null })).toBe(
      'Положением о системе наставничества педагогических работников в МБОУ «СОШ № 1», утвержденным приказом от «__» ________ 20__ г. № ____',
    );
  });
});

describe('enumerationItems', () => {
  it('ends every item with a semicolon and the last with a period', () => {
    expect(enumerationItems(['первое.', 'второе;', 'третье'])).toEqual([{ text: 'первое;' }, { text: 'второе;' }, { text: 'третье.' }]);
  });
});
