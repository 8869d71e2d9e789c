// The WordprocessingML every DOCX block is made of (paragraphs, runs, tables), written as
// strings. A document's volume (hundreds of numbered points, a 600-row annex) passes through
// here, and writing the markup directly is several times faster than building docx's object
// per element and serialising the tree. Text arrives through cleanText, so it holds no
// character XML forbids; only the markup characters are escaped.
import { SOFT_HYPHEN } from './hyphenation';
import { FONT, TABLE_BORDER_PT } from './layout';
import type { Align } from './model';
import type { StyledRun } from './text';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export const escapeXml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** Soft hyphens as Word's own optional hyphen, which every reader breaks at (hyphenation.ts). */
const textXml = (s: string): string =>
  s.includes(SOFT_HYPHEN) ? escapeXml(s).replaceAll(SOFT_HYPHEN, '</w:t><w:softHyphen/><w:t xml:space="preserve">') : escapeXml(s);

/** Millimetres → twentieths of a point, rounded as Word does (A4 is 11906 × 16838). */
export const mmToTwip = (mm: number) => Math.round((mm * 1440) / 25.4);

/** Points → twentieths of a point (spacing, letter spacing). */
const ptToTwip = (pt: number) => Math.round(pt * 20);

const JC: Record<Align, string> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

/** Paragraph and run formatting; sizes and spacing in points, indents in millimetres. */
export interface ParagraphStyle {
  /** A paragraph style of styles.xml (table text); its formatting applies unless overridden here. */
  styleId?: string;
  /** Written only when given, so that a paragraph style's alignment holds otherwise. */
  align?: Align;
  /** Font size of every run; the document's default (body) size is not repeated. */
  size?: number;
  bold?: boolean;
  letterSpacing?: number;
  firstLineMm?: number;
  leftMm?: number;
  before?: number;
  after?: number;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  /** An exact line height in points instead of the font's single spacing. */
  exactLinePt?: number;
}

/** `<w:pPr>` in the element order of CT_PPr, or nothing when the style sets nothing. */
export function paragraphProperties(style: ParagraphStyle): string {
  let xml = '';
  if (style.styleId) xml += `<w:pStyle w:val="${style.styleId}"/>`;
  if (style.keepNext) xml += '<w:keepNext/>';
  if (style.pageBreakBefore) xml += '<w:pageBreakBefore/>';
  if (style.before || style.after || style.exactLinePt) {
    const line = style.exactLinePt ? ` w:line="${ptToTwip(style.exactLinePt)}" w:lineRule="exact"` : '';
    xml += `<w:spacing${style.after ? ` w:after="${ptToTwip(style.after)}"` : ''}${style.before ? ` w:before="${ptToTwip(style.before)}"` : ''}${line}/>`;
  }
  if (style.firstLineMm || style.leftMm) {
    xml += `<w:ind${style.leftMm ? ` w:left="${mmToTwip(style.leftMm)}"` : ''}${style.firstLineMm ? ` w:firstLine="${mmToTwip(style.firstLineMm)}"` : ''}/>`;
  }
  if (style.align) xml += `<w:jc w:val="${JC[style.align]}"/>`;
  return xml && `<w:pPr>${xml}</w:pPr>`;
}

/** `<w:rPr>` in the element order of CT_RPr. */
function runProperties(run: StyledRun, style: ParagraphStyle): string {
  let xml = '';
  if (run.bold || style.bold) xml += '<w:b/><w:bCs/>';
  if (run.italic) xml += '<w:i/><w:iCs/>';
  if (style.letterSpacing) xml += `<w:spacing w:val="${ptToTwip(style.letterSpacing)}"/>`;
  if (style.size && style.size !== FONT.body) xml += `<w:sz w:val="${style.size * 2}"/><w:szCs w:val="${style.size * 2}"/>`;
  if (run.underline) xml += '<w:u w:val="single"/>';
  return xml && `<w:rPr>${xml}</w:rPr>`;
}

/** One paragraph of runs; the text of each run must hold no newline (see splitParagraphs). */
export function paragraphXml(runs: StyledRun[], style: ParagraphStyle = {}): string {
  let xml = paragraphProperties(style);
  for (const run of runs) {
    if (run.text) xml += `<w:r>${runProperties(run, style)}<w:t xml:space="preserve">${textXml(run.text)}</w:t></w:r>`;
  }
  return xml ? `<w:p>${xml}</w:p>` : '<w:p/>';
}

const SINGLE_BORDER = `w:val="single" w:sz="${TABLE_BORDER_PT * 8}" w:space="0" w:color="000000"`;
const NO_BORDER = 'w:val="none" w:sz="0" w:color="auto"';
const TABLE_SIDES = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'];

export interface TableOptions {
  widthTw: number;
  /** Column widths; they add up to the table width. */
  gridTw: number[];
  /** Placement between the margins; a table sits at the left unless told otherwise. */
  align?: Align;
  bordered: boolean;
  cellMarginsTw: { top: number; left: number; bottom: number; right: number };
}

/** A table with a fixed layout, so that Word and LibreOffice keep the given column widths. */
export function tableXml(o: TableOptions, rows: string): string {
  const border = o.bordered ? SINGLE_BORDER : NO_BORDER;
  const { top, left, bottom, right } = o.cellMarginsTw;
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${o.widthTw}" w:type="dxa"/>` +
    (o.align ? `<w:jc w:val="${JC[o.align]}"/>` : '') +
    `<w:tblBorders>${TABLE_SIDES.map((side) => `<w:${side} ${border}/>`).join('')}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    `<w:tblCellMar><w:top w:w="${top}" w:type="dxa"/><w:left w:w="${left}" w:type="dxa"/><w:bottom w:w="${bottom}" w:type="dxa"/><w:right w:w="${right}" w:type="dxa"/></w:tblCellMar>` +
    `</w:tblPr><w:tblGrid>${o.gridTw.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows}</w:tbl>`
  );
}

/** A row kept on one page; a header row is repeated at the top of every page the table continues on. */
export function rowXml(cells: string, header = false): string {
  return `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${cells}</w:tr>`;
}

export interface CellOptions {
  /** Needed in the first row and in spanning cells only: with a fixed layout the grid sets the rest. */
  widthTw?: number;
  span?: number;
  /** The line a form is signed on. */
  bottomBorder?: boolean;
  verticalAlign?: 'center' | 'bottom';
}

/** A cell of paragraphs; a cell must hold at least one paragraph, so an empty one gets an empty paragraph. */
export function cellXml(paragraphs: string, o: CellOptions = {}): string {
  let properties = '';
  if (o.widthTw) properties += `<w:tcW w:w="${o.widthTw}" w:type="dxa"/>`;
  if (o.span && o.span > 1) properties += `<w:gridSpan w:val="${o.span}"/>`;
  if (o.bottomBorder) properties += `<w:tcBorders><w:bottom ${SINGLE_BORDER}/></w:tcBorders>`;
  if (o.verticalAlign) properties += `<w:vAlign w:val="${o.verticalAlign}"/>`;
  return `<w:tc>${properties && `<w:tcPr>${properties}</w:tcPr>`}${paragraphs || '<w:p/>'}</w:tc>`;
}
