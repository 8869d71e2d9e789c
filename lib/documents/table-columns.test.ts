import { describe, expect, it } from 'vitest';
import type { TableColumn, TableRow } from './model';
import { fitColumns } from './table-columns';

// One unit per character, two for a bold one: easy to reason about.
const measure = (word: string, bold: boolean) => word.length * (bold ? 2 : 1);
const columns = (...weights: number[]): TableColumn[] => weights.map((width, i) => ({ header: `h${i}`, width }));
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe('fitColumns', () => {
  it('keeps the template’s proportions when every word fits', () => {
    expect(fitColumns(columns(1, 3), [{ cells: ['a', 'bb'] }], 100, 2, measure)).toEqual([25, 75]);
  });

  it('widens a column to its longest word, taking the room from the others by weight', () => {
    const rows: TableRow[] = [{ cells: ['Константиновна', 'x', 'y'] }];
    const widths = fitColumns(columns(1, 1, 2), rows, 40, 2, measure);
    expect(widths[0]).toBe(16); // 14 characters and the padding, instead of 10
    expect(widths[1]).toBeCloseTo(8);
    expect(widths[2]).toBeCloseTo(16);
    expect(sum(widths)).toBeCloseTo(40);
  });

  it('measures headings in bold, breaks after hyphens between letters, keeps no-break spaces and skips section rows', () => {
    const rows: TableRow[] = [{ section: 'очень-очень длинный раздел без переносов' }, { cells: ['учитель-логопед', '№ 12'] }];
    const widths = fitColumns([{ header: 'Должность', width: 1 }, { header: 'N', width: 9 }], rows, 100, 0, measure);
    expect(widths[0]).toBe(18); // «Должность» in bold; «учитель-» and «логопед» are shorter
    const numbers = fitColumns([{ header: 'N', width: 99 }, { header: 'x', width: 1 }], [{ cells: ['a', '№ 1234567'] }], 100, 0, measure);
    expect(numbers[1]).toBe(9); // «№ 1234567» is one word: the no-break space cleanText puts after «№»
  });

  it('gives up the widest word first when not every word can fit', () => {
    const rows: TableRow[] = [{ cells: ['a'.repeat(30), 'образования,победителей'.repeat(4), 'c'.repeat(20)] }];
    const widths = fitColumns(columns(1, 3, 1), rows, 100, 0, measure);
    expect(widths[0]).toBe(30);
    expect(widths[2]).toBe(20);
    expect(widths[1]).toBeCloseTo(50);
  });

  it('settles when widening one column makes another too narrow', () => {
    const rows: TableRow[] = [{ cells: ['a'.repeat(40), 'b'.repeat(25), 'c'] }];
    const widths = fitColumns(columns(1, 1, 2), rows, 100, 0, measure);
    expect(widths[0]).toBe(40);
    expect(widths[1]).toBe(25);
    expect(widths[2]).toBeCloseTo(35);
  });
});
