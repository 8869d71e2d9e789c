// Which pages a wide table is better set on. A table of seven or more columns (the pair-order
// annex: № п/п, two names, two positions, the form, the term) squeezed into a portrait text
// width cuts its words, as schools find when they print it; they turn its pages landscape.
import { CELL_PADDING_MM, mmToTwipPt, PT_PER_MM, WORD_FIT_SLACK_PT, type PageGeometry } from './layout';
import type { Block } from './model';
import { wordWidth } from './pdf-fonts';
import { fitTable, TABLE_SIZES } from './table-columns';

type TableBlock = Extract<Block, { kind: 'table' }>;

export const LANDSCAPE_MIN_COLUMNS = 7;

/**
 * Whether the table's words do not fit whole into its columns at the full table size on a page
 * of `page`'s text width (a column would fall too narrow: smaller type or hyphenated words),
 * while it has enough columns for a landscape page to be the usual remedy.
 */
export function wantsLandscape(block: TableBlock, page: PageGeometry): boolean {
  if (block.columns.length < LANDSCAPE_MIN_COLUMNS || page.landscape) return false;
  const padding = 2 * mmToTwipPt(CELL_PADDING_MM.horizontal) + WORD_FIT_SLACK_PT;
  return fitTable(block, page.textWidthMm * PT_PER_MM, padding, wordWidth).size !== TABLE_SIZES[0];
}
