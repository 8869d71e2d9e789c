import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './csv';

describe('csv', () => {
  it('neutralizes cells a spreadsheet would read as formulas', () => {
    expect(['=1+2', '+7 999', '-5', '@SUM(A1)', '\tx'].map(csvCell)).toEqual(['"\'=1+2"', '"\'+7 999"', '"\'-5"', '"\'@SUM(A1)"', '"\'\tx"']);
  });

  it('quotes every cell and doubles quotes inside', () => {
    expect(csvRow(['Приказ «О внедрении»', 'МБОУ "СОШ № 1"', null, 3])).toBe('"Приказ «О внедрении»";"МБОУ ""СОШ № 1""";"";"3"');
  });
});
