// Bordered tables in the PDF: the header row is drawn again at the top of every page the
// table continues on, a row moves to the next page whole when it fits there, and a row
// taller than a page is split between lines instead of overflowing.
import { hyphenateWide } from './hyphenation';
import { CELL_PADDING_MM, FONT, mmToTwipPt, SPACING, TABLE_BORDER_PT, WORD_FIT_SLACK_PT } from './layout';
import type { Align, Block } from './model';
import type { Flow } from './pdf-flow';
import { wordWidth } from './pdf-fonts';
import type { Line } from './pdf-text';
import { DISTINCT_CELLS_KEPT, fitTable } from './table-columns';
import { cleanText, styledRuns } from './text';

type TableBlock = Extract<Block, { kind: 'table' }>;

interface Cell {
  x: number;
  width: number;
  align: Align;
  lines: Line[];
}

// The padding as the DOCX stores it (whole twips), so that rows are as tall in both formats.
const PAD_X = mmToTwipPt(CELL_PADDING_MM.horizontal);
const PAD_Y = mmToTwipPt(CELL_PADDING_MM.vertical);
/**
 * Each row takes the rule above it (drawn over its top edge) besides its padding and lines, and
 * the rule under the last row on a page takes its width below the rows: LibreOffice lays a
 * bordered row out so (a one-line row at 12 pt is 17.1 pt tall, not 16.6); without the rules a
 * page of a long table held a row more in our PDF than in LibreOffice's.
 */
const BORDER = TABLE_BORDER_PT;

/** Height of a band of `lineCount` lines: its top rule, padding and lines. */
const bandHeightOf = (lineCount: number, lineHeight: number) => BORDER + lineCount * lineHeight + 2 * PAD_Y;

const CAPTION = { size: FONT.body, align: 'center' as const, after: SPACING.caption };

/** What a table is drawn from: its size, columns, wrapped caption, header and first row. */
interface TableLayout {
  size: number;
  lineHeight: number;
  caption: Line[];
  header: Cell[];
  firstCells: Cell[] | undefined;
  rowCells(row: TableBlock['rows'][number]): Cell[];
  /** Caption, header and first row: what must stand on one page with whatever precedes the table. */
  startHeight: number;
}

const linesOf = (cells: Cell[]) => Math.max(1, ...cells.map((c) => c.lines.length));

/** Laid out once per table and document: a heading before it asks for its start height, then it is drawn. */
const layouts = new WeakMap<TableBlock, { flow: Flow; layout: TableLayout }>();

function layOut(flow: Flow, block: TableBlock): TableLayout {
  const known = layouts.get(block);
  if (known?.flow === flow) return known.layout;
  const { size, widths } = fitTable(block, flow.textWidth, 2 * PAD_X + WORD_FIT_SLACK_PT, wordWidth);
  const lineHeight = flow.lineHeight(size);
  const xs = widths.map((_, i) => flow.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  // Lines are wrapped with the slack words get (WORD_FIT_SLACK_PT): a line that fills its cell to
  // the last point in our measure overflows in LibreOffice, which then breaks it a word earlier.
  const wrapCell = (text: string, width: number, bold: boolean) =>
    flow.wrap(styledRuns(text, { bold }), { size, align: 'left', width: Math.max(width - 2 * PAD_X - WORD_FIT_SLACK_PT, 1) });
  // Words wider than their column get soft hyphens, decided exactly as the DOCX decides them (docx-table.ts).
  const cellLines = (text: string, width: number, bold: boolean) =>
    wrapCell(hyphenateWide(cleanText(text), width - 2 * PAD_X - WORD_FIT_SLACK_PT, (word) => wordWidth(word, bold, size)), width, bold);
  const laidOut = block.columns.map(() => new Map<string, Line[]>());
  // A column repeats its values (positions, forms, dates): each is laid out once and its lines
  // shared, as drawing only reads them. Bounded, so that a long column of names stays flat in memory.
  const bodyLines = (text: string, i: number) => {
    const column = laidOut[i]!;
    let lines = column.get(text);
    if (!lines) {
      lines = cellLines(text, widths[i]!, false);
      if (column.size >= DISTINCT_CELLS_KEPT) column.clear();
      column.set(text, lines);
    }
    return lines;
  };
  const caption = block.caption ? flow.wrap(styledRuns(block.caption, { bold: true }), CAPTION) : [];
  const header: Cell[] = block.columns.map((column, i) => ({
    x: xs[i],
    width: widths[i],
    align: 'center',
    lines: cellLines(column.header, widths[i], true),
  }));
  const rowCells = (row: TableBlock['rows'][number]): Cell[] =>
    'section' in row
      ? [{ x: flow.left, width: flow.textWidth, align: 'left', lines: wrapCell(row.section, flow.textWidth, true) }]
      : block.columns.map((column, i) => ({
          x: xs[i],
          width: widths[i],
          align: column.align ?? 'left',
          lines: bodyLines(row.cells[i] ?? '', i),
        }));
  const firstCells = block.rows[0] && rowCells(block.rows[0]);
  const bandHeight = (cells: Cell[]) => bandHeightOf(linesOf(cells), lineHeight);
  const captionHeight = caption.length ? flow.heightOf(caption, CAPTION) : 0;
  // The rule under the first row closes it on the page too.
  const startHeight = captionHeight + bandHeight(header) + (firstCells ? bandHeight(firstCells) : 0) + BORDER;
  const layout = { size, lineHeight, caption, header, firstCells, rowCells, startHeight: Math.min(startHeight, flow.bottom - flow.top) };
  layouts.set(block, { flow, layout });
  return layout;
}

/** The height the start of a table needs on the page it begins on (at most a page). */
export function tableStartHeight(flow: Flow, block: TableBlock): number {
  return block.columns.length === 0 ? 0 : layOut(flow, block).startHeight;
}

export function drawTable(flow: Flow, block: TableBlock): void {
  if (block.columns.length === 0) {
    if (block.caption) flow.drawLines(flow.wrap(styledRuns(block.caption, { bold: true }), CAPTION), CAPTION);
    return;
  }
  const { size, lineHeight, caption, header, firstCells, rowCells, startHeight } = layOut(flow, block);
  const heightOf = (lineCount: number) => bandHeightOf(lineCount, lineHeight);
  const headerLines = linesOf(header);

  /** Draws lines [from, from + count) of every cell as one bordered band; header cells are centred vertically. */
  const drawBand = (cells: Cell[], from: number, count: number, centreVertically: boolean) => {
    const height = heightOf(count);
    for (const cell of cells) {
      const visible = cell.lines.slice(from, from + count);
      const offset = centreVertically ? ((count - visible.length) * lineHeight) / 2 : 0;
      visible.forEach((line, i) =>
        flow.setter.drawLine(line, cell.x + PAD_X, flow.y + BORDER + PAD_Y + offset + i * lineHeight, {
          size,
          width: cell.width - 2 * PAD_X,
          align: cell.align,
        }),
      );
    }
    // The borders as one path after the text: a path may not have anything else drawn inside it.
    // Each rule is centred in the width it takes: the top one in the band's, the bottom one in the next band's (or below the last).
    for (const cell of cells) flow.doc.rect(cell.x, flow.y + BORDER / 2, cell.width, height);
    flow.doc.lineWidth(BORDER).stroke();
    flow.y += height;
  };
  // A band fits with the rule that closes it below; the epsilon keeps one that fits exactly from being pushed over by rounding.
  const roomInLines = () => Math.floor((flow.bottom - flow.y - heightOf(0) - BORDER) / lineHeight + 1e-6);
  const pageBody = flow.bottom - flow.top - BORDER;
  // A header taller than a third of the page (absurdly long headings) is drawn once, as a row.
  const repeatHeader = heightOf(headerLines) <= pageBody / 3;
  const repeatedHeight = repeatHeader ? heightOf(headerLines) : 0;

  const drawRow = (cells: Cell[]) => {
    const total = linesOf(cells);
    if (total > roomInLines() && heightOf(total) <= pageBody - repeatedHeight) flow.newPage();
    for (let drawn = 0; drawn < total; ) {
      if (roomInLines() < 1) flow.newPage();
      const count = Math.min(total - drawn, Math.max(roomInLines(), 1));
      drawBand(cells, drawn, count, false);
      drawn += count;
      if (drawn < total) flow.newPage();
    }
  };

  flow.ensure(startHeight);
  // No caption, no space after it: the DOCX has no caption paragraph then (docx-blocks.ts).
  if (caption.length) flow.drawLines(caption, CAPTION);

  const previous = flow.onNewPage;
  if (repeatHeader) {
    const drawHeader = () => drawBand(header, 0, headerLines, true);
    drawHeader();
    flow.onNewPage = drawHeader;
  } else drawRow(header);
  if (firstCells) drawRow(firstCells);
  // Rows are wrapped as they are drawn, so that a long table's lines never pile up in memory.
  for (let i = 1; i < block.rows.length; i++) drawRow(rowCells(block.rows[i]!));
  flow.onNewPage = previous;
  flow.y += BORDER;
  flow.space(SPACING.table);
}
