// The model's data tables in WordprocessingML: bordered, with a fixed grid, the header row
// repeated on every page and section rows spanning every column. Cell text takes its size and
// weight from the table paragraph styles, so that a cell of a 600-row annex is a few short strings.
import { cellXml, mmToTwip, paragraphXml, rowXml, tableXml, type ParagraphStyle } from './docx-xml';
import { hyphenateWide } from './hyphenation';
import { CELL_PADDING_MM, WORD_FIT_SLACK_PT } from './layout';
import type { Block } from './model';
import { wordWidth } from './pdf-fonts';
import { DISTINCT_CELLS_KEPT, fitTable } from './table-columns';
import { cleanText, plainParagraphs } from './text';

type TableBlock = Extract<Block, { kind: 'table' }>;

/** Paragraph styles the document defines for table text at each size a table may take (the heading bold and centred). */
export function tableStyleIds(size: number) {
  return { text: `TableText${size}`, heading: `TableHeading${size}`, section: `TableSection${size}` };
}

/** Whole twips that still add up to the table width: the last column takes the rounding. */
function roundTo(widths: number[], totalTw: number): number[] {
  const whole = widths.map(Math.floor);
  whole[whole.length - 1]! += totalTw - whole.reduce((s, w) => s + w, 0);
  return whole;
}

/** Cell text as paragraphs; empty ones are kept, as they hold space. */
function cellParagraphs(text: string, style: ParagraphStyle): string {
  let xml = '';
  for (const part of plainParagraphs(text)) xml += paragraphXml(part ? [{ text: part, bold: false, italic: false, underline: false }] : [], style);
  return xml;
}

export function dataTableXml(block: TableBlock, widthTw: number): string {
  const { columns } = block;
  const vertical = mmToTwip(CELL_PADDING_MM.vertical);
  const horizontal = mmToTwip(CELL_PADDING_MM.horizontal);
  const fitted = fitTable(block, widthTw, 2 * horizontal + WORD_FIT_SLACK_PT * 20, (word, bold, size) => wordWidth(word, bold, size) * 20);
  const widths = roundTo(fitted.widths, widthTw);
  const ids = tableStyleIds(fitted.size);
  // Left is the text style's own alignment.
  const styles: ParagraphStyle[] = columns.map((c) => ({ styleId: ids.text, align: c.align === 'left' ? undefined : c.align }));
  // Words wider than their column get soft hyphens, decided exactly as the PDF decides them (pdf-table.ts).
  const rooms = widths.map((w) => w - 2 * horizontal - WORD_FIT_SLACK_PT * 20);
  const fit = (text: string, i: number, bold: boolean) => hyphenateWide(cleanText(text), rooms[i]!, (word) => wordWidth(word, bold, fitted.size) * 20);
  let rows = rowXml(
    columns.map((c, i) => cellXml(cellParagraphs(fit(c.header, i, true), { styleId: ids.heading }), { widthTw: widths[i], verticalAlign: 'center' })).join(''),
    true,
  );
  // A column repeats its values (positions, forms, dates): each is written once (as the PDF lays it out once, pdf-table.ts).
  const known = columns.map(() => new Map<string, string>());
  const cell = (text: string, i: number) => {
    const column = known[i]!;
    let xml = column.get(text);
    if (xml === undefined) {
      xml = cellXml(cellParagraphs(fit(text, i, false), styles[i]!));
      if (column.size >= DISTINCT_CELLS_KEPT) column.clear();
      column.set(text, xml);
    }
    return xml;
  };
  for (const row of block.rows) {
    if ('section' in row) {
      rows += rowXml(cellXml(cellParagraphs(row.section, { styleId: ids.section }), { widthTw, span: columns.length }));
      continue;
    }
    let cells = '';
    for (let i = 0; i < columns.length; i++) cells += cell(row.cells[i] ?? '', i);
    rows += rowXml(cells);
  }
  return tableXml({ widthTw, gridTw: widths, bordered: true, cellMarginsTw: { top: vertical, left: horizontal, bottom: vertical, right: horizontal } }, rows);
}
