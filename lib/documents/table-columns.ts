// The font size and column widths of a data table, the same for both renderers: 12 pt and the
// template's relative widths, widened where a column's longest word (of its heading or of any
// cell) would not fit, at the expense of the columns with room to spare; 11 pt when the words
// do not fit at 12 pt (ГОСТ Р 7.0.97 allows a smaller size in tables). When they do not fit
// at 11 pt either, the columns hold syllables and the words wider than their column are
// hyphenated by both renderers: a word cut without a hyphen must not show in an official table.
import { hyphenateWord, SOFT_HYPHEN } from './hyphenation';
import { FONT } from './layout';
import type { Block, TableColumn, TableRow } from './model';
import { cleanText } from './text';

type TableBlock = Extract<Block, { kind: 'table' }>;

/** Width of one word, bold in headings, in the unit of the table width. */
export type MeasureWord = (word: string, bold: boolean) => number;

/** Sizes a table may be set in, the preferred first. */
export const TABLE_SIZES = [FONT.table, FONT.table - 1];

/**
 * Distinct texts of a column whose rendering each renderer keeps for the rows after it (a
 * column's repeated positions, forms and dates are laid out once); a column of names, all
 * different, clears it when full, so that a long table stays flat in memory.
 */
export const DISTINCT_CELLS_KEPT = 256;

/** Lines break at spaces (never at a no-break space) and after a hyphen between letters. */
const SPACES = /[ \t\r\n]+/;
const AFTER_HYPHEN = /(?<=\p{L}-)(?=\p{L})/u;

/** The widest unbreakable piece of a text: a word, or with `hyphenated` a syllable group and its hyphen. */
function longestWord(text: string, bold: boolean, measure: MeasureWord, hyphenated: boolean): number {
  let widest = 0;
  for (const word of cleanText(text).split(SPACES)) {
    if (!word) continue;
    // Most words have no hyphen; the Unicode-aware split is kept for those that do.
    for (const part of word.includes('-') ? word.split(AFTER_HYPHEN) : [word]) {
      if (!hyphenated) {
        widest = Math.max(widest, measure(part, bold));
        continue;
      }
      const pieces = hyphenateWord(part).split(SOFT_HYPHEN);
      pieces.forEach((piece, i) => (widest = Math.max(widest, measure(i < pieces.length - 1 ? `${piece}-` : piece, bold))));
    }
  }
  return widest;
}

/** The narrowest width of each column that holds every word (or with `hyphenated`, every syllable group) of it. */
function neededWidths(columns: TableColumn[], rows: TableRow[], padding: number, measure: MeasureWord, hyphenated = false): number[] {
  return columns.map((column, i) => {
    let widest = longestWord(column.header, true, measure, hyphenated);
    // A column repeats its values (positions, forms, dates): each distinct one is measured once.
    const seen = new Set<string>();
    for (const row of rows) {
      if ('section' in row) continue;
      const text = row.cells[i] ?? '';
      if (seen.has(text)) continue;
      seen.add(text);
      widest = Math.max(widest, longestWord(text, false, measure, hyphenated));
    }
    return widest + padding;
  });
}

function sum(xs: number[]): number {
  return xs.reduce((s, x) => s + x, 0);
}

/**
 * Widths that fill `total`: by weight, no column below its need. When the needs do not fit, the
 * columns with the widest words give up theirs first: one run-on token (a missing space after a
 * comma) should cost its own column a cut word, not every column.
 */
function distribute(columns: TableColumn[], needs: number[], total: number): number[] {
  const needed = [...needs];
  while (sum(needed) >= total) needed[needed.indexOf(Math.max(...needed))] = 0;
  const weights = columns.map((c) => Math.max(c.width, 0.01));
  // Columns too narrow at their weight take what they need; the rest share what is left by
  // weight, which may make another column too narrow: repeat until none is. One column always
  // stays free, since the needs add up to less than the total.
  const fixed = new Map<number, number>();
  for (;;) {
    const free = weights.map((_, i) => i).filter((i) => !fixed.has(i));
    const room = total - sum([...fixed.values()]);
    const freeWeight = sum(free.map((i) => weights[i]!));
    const short = free.filter((i) => (weights[i]! / freeWeight) * room < needed[i]!);
    if (short.length === 0) return weights.map((w, i) => fixed.get(i) ?? (w / freeWeight) * room);
    for (const i of short) fixed.set(i, needed[i]!);
  }
}

/** Column widths at one size; `padding` is a cell's inner left plus right space. */
export function fitColumns(columns: TableColumn[], rows: TableRow[], total: number, padding: number, measure: MeasureWord): number[] {
  return distribute(columns, neededWidths(columns, rows, padding, measure), total);
}

/** The size a table is set in (the largest at which every word fits) and its column widths. */
export function fitTable(
  block: TableBlock,
  total: number,
  padding: number,
  measure: (word: string, bold: boolean, size: number) => number,
): { size: number; widths: number[] } {
  let needed: number[] = [];
  let size: number = FONT.table;
  // A word's width is proportional to the size: the words are measured once, at 1 pt, and scaled.
  const unitNeeds = neededWidths(block.columns, block.rows, 0, (word, bold) => measure(word, bold, 1));
  for (size of TABLE_SIZES) {
    needed = unitNeeds.map((need) => need * size + padding);
    if (sum(needed) <= total) return { size, widths: distribute(block.columns, needed, total) };
  }
  // The words do not fit whole even at the smallest size: columns are fitted to their
  // syllables instead, and the words wider than their column are hyphenated (hyphenation.ts).
  needed = neededWidths(block.columns, block.rows, padding, (word, bold) => measure(word, bold, size), true);
  return { size, widths: distribute(block.columns, needed, total) };
}
