// Page geometry and typography shared by the DOCX and PDF renderers (ГОСТ Р 7.0.97-2025:
// A4, margins 20/10/20 mm and 20 or 30 mm on the left, 1.25 cm indent, requisites ≤ 8 cm),
// so both formats lay a document out the same way. Lengths are in millimetres, sizes in points.
import type { DocumentModel } from './model';

export const PT_PER_MM = 72 / 25.4;

export interface PageGeometry {
  widthMm: number;
  heightMm: number;
  landscape: boolean;
  marginTopMm: number;
  marginBottomMm: number;
  marginLeftMm: number;
  marginRightMm: number;
  /** Width of the text area between the margins. */
  textWidthMm: number;
}

export function pageGeometry(model: DocumentModel): PageGeometry {
  const landscape = model.orientation === 'landscape';
  const widthMm = landscape ? 297 : 210;
  const heightMm = landscape ? 210 : 297;
  const marginLeftMm = model.leftMarginMm ?? 30;
  const marginRightMm = 10;
  return {
    widthMm,
    heightMm,
    landscape,
    marginTopMm: 20,
    marginBottomMm: 20,
    marginLeftMm,
    marginRightMm,
    textWidthMm: widthMm - marginLeftMm - marginRightMm,
  };
}

export const FONT = {
  body: 14,
  docType: 16,
  table: 12,
  /** Several stamps side by side are set smaller so that each stays readable in its narrow column. */
  stampSingle: 14,
  stampSeveral: 12,
  signCaption: 10,
  /** The reference data of a letterhead (address, phone, ОГРН …) under the organization's name. */
  letterhead: 12,
  pageNumber: 12,
} as const;

/** Line height as a multiple of the font size: Word's «single» spacing for a Times-like face. */
export const LINE_HEIGHT = 1.15;

export const FIRST_LINE_INDENT_MM = 12.5;
export const REQUISITE_MAX_WIDTH_MM = 80;
/** Letter spacing of the document type, in points: a light spread that viewers still read as one word when searching. */
export const DOC_TYPE_LETTER_SPACING = 1.5;
/** Distance from the top edge of the page to the page number. */
export const PAGE_NUMBER_TOP_MM = 10;

/** Height of the empty paragraph the DOCX needs after a table or at a page break, in points: one twip, as good as none. */
export const GAP_LINE_PT = 0.05;

/** Space around blocks, in points: after a block unless the name says before. */
export const SPACING = {
  orgHeader: 12,
  docType: 12,
  dateNumber: 6,
  place: 12,
  title: 12,
  headingBefore: 12,
  headingAfter: 6,
  directive: 6,
  table: 6,
  stamps: 12,
  annexCaption: 12,
  signatureBefore: 24,
  caption: 6,
  image: 6,
} as const;

/** Cell padding of table cells, in millimetres. */
export const CELL_PADDING_MM = { horizontal: 1.5, vertical: 0.5 } as const;

/** Millimetres in points as the DOCX stores them, in whole twips (0.5 mm is 28 twips, 1.4 pt). */
export const mmToTwipPt = (mm: number) => Math.round((mm * 1440) / 25.4) / 20;

/**
 * Width of the rules of a data table, in points (the DOCX's w:sz="4", in eighths of a point).
 * A row is as tall as its rule, its padding and its lines: LibreOffice and Word count the rule
 * above each row, and the one under the last row, in the height a table takes on the page.
 */
export const TABLE_BORDER_PT = 0.5;

/**
 * Room a column keeps beyond its widest word, in points: LibreOffice lays text out in whole
 * twips and rounds glyph advances, so a word that fits its column exactly in our measure may
 * not fit there and breaks («№ п/|п»).
 */
export const WORD_FIT_SLACK_PT = 1;

/** Width of each stamp when `count` stamps stand side by side within the text area. */
export function stampWidthMm(count: number, textWidthMm: number): number {
  return Math.min(REQUISITE_MAX_WIDTH_MM, textWidthMm / Math.max(count, 1));
}

/** Room above the line a form is signed on, over the one line the line's cell holds, in points. */
export const SIGN_ROOM_PT = 14;
/** The share of the text width given to each half of a signature line for forms. */
export const SIGN_LINE_SHARE = 0.45;
/** The share of the text width the signer's position takes at least; the name is set at the right of the rest. */
export const SIGNATURE_POSITION_SHARE = 0.55;
/** Room kept between a long position and the name for the handwritten signature. */
export const SIGNATURE_ROOM_MM = 25;
/** The layout cell's right padding after the position (the DOCX's cell margin), in millimetres. */
export const SIGNATURE_POSITION_PADDING_MM = 2;

/**
 * The width of the position's column, in the unit of `textWidth`: at least its usual share, and
 * as much as its longest line needs up to what the name and the signature leave, so that a long
 * position («Начальник муниципального казённого учреждения «Управление образования …»») runs in
 * a few long lines rather than a narrow column of single words. `measure` gives a line's width
 * at the body size; both renderers pass the same measure, so they break the lines alike.
 */
export function signaturePositionWidth(position: string[], name: string, textWidth: number, measure: (text: string) => number, unitPerMm: number): number {
  const least = textWidth * SIGNATURE_POSITION_SHARE;
  const most = textWidth - measure(name) - SIGNATURE_ROOM_MM * unitPerMm;
  const needed = Math.max(0, ...position.map(measure)) + SIGNATURE_POSITION_PADDING_MM * unitPerMm + WORD_FIT_SLACK_PT * (unitPerMm / PT_PER_MM);
  return Math.max(least, Math.min(needed, most));
}
