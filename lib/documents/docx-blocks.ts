// Each block of the model as the WordprocessingML of the document body. The geometry and
// typography come from layout.ts so that the PDF looks the same; blocks whose parts stand side
// by side (stamps, the date and number, signatures) are borderless layout tables.
import { dataTableXml } from './docx-table';
import { cellXml, mmToTwip, paragraphProperties, paragraphXml, rowXml, tableXml, type ParagraphStyle } from './docx-xml';
import {
  DOC_TYPE_LETTER_SPACING,
  FIRST_LINE_INDENT_MM,
  FONT,
  GAP_LINE_PT,
  REQUISITE_MAX_WIDTH_MM,
  SIGN_LINE_SHARE,
  SIGN_ROOM_PT,
  SPACING,
  signaturePositionWidth,
  stampWidthMm,
  type PageGeometry,
} from './layout';
import type { Align, Block } from './model';
import { wordWidth } from './pdf-fonts';
import { cleanText, numberItems, splitParagraphs, styledRuns, type StyledRun } from './text';

/**
 * An empty paragraph that holds only its spacing before and after: Word needs a paragraph
 * between tables and to break a page, but a line of its own there would stand where the PDF
 * has none and move every page break after it.
 */
const gap = (style: ParagraphStyle = {}) => paragraphXml([], { ...style, exactLinePt: GAP_LINE_PT });

/**
 * Paragraphs of runs (newlines start paragraphs): spacing before the first and after the last,
 * and all but the last kept with the next so that they stay together like one paragraph.
 */
function paragraphs(runs: StyledRun[], style: ParagraphStyle = {}): string {
  const parts = splitParagraphs(runs);
  // Space before is the after of an empty paragraph kept with this one: when a paragraph's space
  // after meets the next one's space before, Word adds the two and LibreOffice takes the larger.
  let xml = style.before ? gap({ after: style.before, keepNext: true }) : '';
  parts.forEach((part, i) => {
    xml += paragraphXml(part, {
      ...style,
      align: style.align ?? 'left',
      before: undefined,
      after: i === parts.length - 1 ? style.after : undefined,
      keepNext: style.keepNext || i < parts.length - 1,
    });
  });
  return xml;
}

const plain = (text: string, style: ParagraphStyle = {}) => paragraphs(styledRuns(text), style);

/** An empty line of body text (a spacer). */
const emptyLine = () => paragraphXml([]);

/** Text in layout tables lines up with the body text; the right padding keeps neighbours apart. */
const LAYOUT_CELL_MARGINS = { top: 0, left: 0, bottom: 0, right: mmToTwip(2) };

/** A borderless layout table of rows of cells (already written with their widths). */
function layoutTable(rows: string[][], widths: number[], align: Align): string {
  const widthTw = widths.reduce((s, w) => s + w, 0);
  return tableXml({ widthTw, gridTw: widths, align, bordered: false, cellMarginsTw: LAYOUT_CELL_MARGINS }, rows.map((cells) => rowXml(cells.join(''))).join(''));
}

function stamps(block: Extract<Block, { kind: 'stamps' }>, page: PageGeometry): string {
  if (block.stamps.length === 0) return '';
  const widthTw = mmToTwip(stampWidthMm(block.stamps.length, page.textWidthMm));
  const size = block.stamps.length > 1 ? FONT.stampSeveral : FONT.stampSingle;
  const cells = block.stamps.map((lines) => cellXml(lines.map((line) => plain(line, { size })).join(''), { widthTw }));
  return layoutTable([cells], cells.map(() => widthTw), 'right') + gap({ after: SPACING.stamps });
}

function signature(block: Extract<Block, { kind: 'signature' }>, page: PageGeometry): string {
  const totalTw = mmToTwip(page.textWidthMm);
  // The width the PDF gives it (pdf.ts), in twips.
  const measure = (text: string) => wordWidth(cleanText(text), false, FONT.body) * 20;
  const leftTw = Math.round(signaturePositionWidth(block.position, block.name, totalTw, measure, mmToTwip(1000) / 1000));
  const position = cellXml(block.position.map((line) => plain(line)).join(''), { widthTw: leftTw });
  const name = cellXml(plain(block.name, { align: 'right' }), { widthTw: totalTw - leftTw, verticalAlign: 'bottom' });
  return gap({ after: SPACING.signatureBefore, keepNext: true }) + layoutTable([[position, name]], [leftTw, totalTw - leftTw], 'left');
}

function signLine(block: Extract<Block, { kind: 'signLine' }>, page: PageGeometry): string {
  const totalTw = mmToTwip(page.textWidthMm);
  const partTw = Math.round(totalTw * SIGN_LINE_SHARE);
  const captionStyle = { size: FONT.signCaption, align: 'center' as const };
  const labels = block.right === undefined ? [block.left] : [block.left, block.right];
  const widths = labels.length === 1 ? [partTw] : [partTw, totalTw - 2 * partTw, partTw];
  // The line to sign on is the bottom border of a one-line cell; the label stands under it.
  const lineCells = widths.map((w, i) => cellXml(paragraphXml([], { before: SIGN_ROOM_PT, align: 'left' }), { widthTw: w, bottomBorder: i % 2 === 0 }));
  const captionCells = widths.map((w, i) => cellXml(i % 2 === 0 ? plain(labels[i / 2], captionStyle) : '', { widthTw: w }));
  return layoutTable([lineCells, captionCells], widths, 'left') + gap();
}

/** Date at the left and number at the right of one line, whatever their lengths. */
function dateNumber(block: Extract<Block, { kind: 'dateNumber' }>, page: PageGeometry): string {
  const halfTw = Math.round(mmToTwip(page.textWidthMm) / 2);
  const row = [cellXml(plain(block.date), { widthTw: halfTw }), cellXml(plain(block.number, { align: 'right' }), { widthTw: halfTw })];
  return layoutTable([row], [halfTw, halfTw], 'left') + gap({ after: SPACING.dateNumber });
}

function dataTable(block: Extract<Block, { kind: 'table' }>, page: PageGeometry): string {
  const caption = block.caption ? plain(block.caption, { bold: true, align: 'center', after: SPACING.caption, keepNext: true }) : '';
  if (block.columns.length === 0) return caption;
  return caption + dataTableXml(block, mmToTwip(page.textWidthMm)) + gap({ after: SPACING.table });
}

/** Points 1., 2., 2.1. … as plain text before the point's own runs, justified with the first-line indent. */
function numbered(block: Extract<Block, { kind: 'numbered' }>): string {
  const style: ParagraphStyle = { align: 'justify', firstLineMm: FIRST_LINE_INDENT_MM };
  let xml = '';
  for (const item of numberItems(block.items, block.start)) {
    const [first, ...rest] = splitParagraphs(item.runs);
    xml += paragraphXml([{ text: `${item.number} `, bold: false, italic: false, underline: false }, ...first], style);
    for (const part of rest) xml += paragraphXml(part, style);
  }
  return xml;
}

/** EMUs per millimetre: DrawingML's unit. */
const EMU_PER_MM = 36_000;

/**
 * An inline picture in a paragraph of its own, the line as tall as the picture. `rId` is the
 * relationship of its bytes in word/media, which docx.ts has the package register.
 */
function imageXml(block: Extract<Block, { kind: 'image' }>, rId: string | undefined): string {
  if (!rId) return '';
  const cx = Math.round(block.widthMm * EMU_PER_MM);
  const cy = Math.round(block.heightMm * EMU_PER_MM);
  const picture =
    `<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="image.${block.format === 'jpeg' ? 'jpg' : 'png'}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${rId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>`;
  const drawing =
    `<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="${rId.replace(/\D/g, '')}" name="Изображение"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">${picture}</a:graphicData></a:graphic></wp:inline></w:drawing>`;
  return `<w:p>${paragraphProperties({ align: block.align ?? 'center', after: SPACING.image, keepNext: true })}<w:r>${drawing}</w:r></w:p>`;
}

/** `images`: the relationship id of each image's bytes in the package. */
export function blockXml(block: Block, page: PageGeometry, images: ReadonlyMap<Uint8Array, string> = new Map()): string {
  const requisiteIndentMm = Math.max(page.textWidthMm - REQUISITE_MAX_WIDTH_MM, 0);
  switch (block.kind) {
    case 'orgHeader': {
      const details = block.details ?? [];
      const last = block.lines.length + details.length - 1;
      return (
        block.lines.map((line, i) => plain(line, { align: 'center', bold: true, after: i === last ? SPACING.orgHeader : 0, keepNext: true })).join('') +
        details
          .map((line, i) => plain(line, { align: 'center', size: FONT.letterhead, after: block.lines.length + i === last ? SPACING.orgHeader : 0, keepNext: true }))
          .join('')
      );
    }
    case 'image':
      return imageXml(block, images.get(block.bytes));
    case 'docType':
      return plain(block.text, { align: 'center', bold: true, size: FONT.docType, letterSpacing: DOC_TYPE_LETTER_SPACING, after: SPACING.docType, keepNext: true });
    case 'dateNumber':
      return dateNumber(block, page);
    case 'place':
      return plain(block.text, { align: 'center', after: SPACING.place, keepNext: true });
    case 'title':
      return plain(block.text, { align: block.align ?? 'center', bold: true, after: SPACING.title, keepNext: true });
    case 'heading':
      return plain(block.text, { align: 'center', bold: true, before: SPACING.headingBefore, after: SPACING.headingAfter, keepNext: true });
    case 'paragraph':
      return paragraphs(styledRuns(block.runs), {
        align: block.align ?? 'justify',
        firstLineMm: block.indent ? FIRST_LINE_INDENT_MM : undefined,
        keepNext: block.keepWithNext,
      });
    case 'directive':
      return plain(block.text, { bold: true, before: SPACING.directive, after: SPACING.directive, keepNext: true });
    case 'numbered':
      return numbered(block);
    case 'table':
      return dataTable(block, page);
    case 'stamps':
      return stamps(block, page);
    case 'annexCaption':
      return block.lines
        .map((line, i) => plain(line, { leftMm: requisiteIndentMm, after: i === block.lines.length - 1 ? SPACING.annexCaption : 0, keepNext: true }))
        .join('');
    case 'signature':
      return signature(block, page);
    case 'signLine':
      return signLine(block, page);
    case 'spacer':
      return emptyLine().repeat(Math.max(block.lines ?? 1, 0));
    case 'pageBreak':
      return gap({ pageBreakBefore: true });
  }
}
