// The model's data tables in WordprocessingML: bordered, with a fixed grid, the header row
// repeated on every page and section rows spanning every column. Cell text takes its size and
// weight from the table paragraph styles, so that a cell of a 600-row annex is a few short strings.
import { cellXml, mmToTwip, paragraphXml, rowXml, tableXml, type ParagraphStyle } from './docx-xml';
import { CELL_PADDING_MM } from './layout';
import type { Align, Block, TableColumn } from './model';
import { plainParagraphs } from './text';

type TableBlock = Extract<Block, { kind: 'table' }>;

/** Paragraph styles the document defines for table text (12 pt; the heading bold and centred). */
export const TABLE_STYLES = { text: 'TableText', heading: 'TableHeading', section: 'TableSection' } as const;

/** Column widths in twips, scaled so that they fill the table width exactly. */
function columnTwips(columns: TableColumn[], totalTw: number): number[] {
  const weights = columns.map((c) => Math.max(c.width, 0.01));
  const sum = weights.reduce((s, w) => s + w, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * totalTw));
  widths[widths.length - 1] += totalTw - widths.reduce((s, w) => s + w, 0);
  return widths;
}

/** Cell text as paragraphs; empty ones are kept, as they hold space. */
function cellParagraphs(text: string, style: ParagraphStyle): string {
  let xml = '';
  for (const part of plainParagraphs(text)) xml += paragraphXml(part ? [{ text: part, bold: false, italic: false, underline: false }] : [], style);
  return xml;
}

const HEADING: ParagraphStyle = { styleId: TABLE_STYLES.heading };
const SECTION: ParagraphStyle = { styleId: TABLE_STYLES.section };
/** Body cell styles by column alignment; left is the style's own. */
const TEXT: Record<Align, ParagraphStyle> = {
  left: { styleId: TABLE_STYLES.text },
  center: { styleId: TABLE_STYLES.text, align: 'center' },
  right: { styleId: TABLE_STYLES.text, align: 'right' },
  justify: { styleId: TABLE_STYLES.text, align: 'justify' },
};

export function dataTableXml(block: TableBlock, widthTw: number): string {
  const { columns } = block;
  const widths = columnTwips(columns, widthTw);
  const styles = columns.map((c) => TEXT[c.align ?? 'left']);
  let rows = rowXml(columns.map((c, i) => cellXml(cellParagraphs(c.header, HEADING), { widthTw: widths[i], verticalAlign: 'center' })).join(''), true);
  for (const row of block.rows) {
    if ('section' in row) {
      rows += rowXml(cellXml(cellParagraphs(row.section, SECTION), { widthTw, span: columns.length }));
      continue;
    }
    let cells = '';
    for (let i = 0; i < columns.length; i++) cells += cellXml(cellParagraphs(row.cells[i] ?? '', styles[i]));
    rows += rowXml(cells);
  }
  const vertical = mmToTwip(CELL_PADDING_MM.vertical);
  const horizontal = mmToTwip(CELL_PADDING_MM.horizontal);
  return tableXml({ widthTw, gridTw: widths, bordered: true, cellMarginsTw: { top: vertical, left: horizontal, bottom: vertical, right: horizontal } }, rows);
}
