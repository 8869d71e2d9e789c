// DocumentModel → DOCX (the `docx` package). One of the two format-aware modules; the
// geometry and typography come from layout.ts so that the PDF looks the same.
import {
  AlignmentType,
  BorderStyle,
  Document,
  FileChild,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { DataTable, TABLE_STYLES } from './docx-table';
import type { Align, Block, DocumentModel } from './model';
import {
  CELL_PADDING_MM,
  DOC_TYPE_LETTER_SPACING,
  FIRST_LINE_INDENT_MM,
  FONT,
  PAGE_NUMBER_TOP_MM,
  REQUISITE_MAX_WIDTH_MM,
  SIGN_LINE_SHARE,
  SIGNATURE_POSITION_SHARE,
  SPACING,
  pageGeometry,
  stampWidthMm,
  type PageGeometry,
} from './layout';
import { cleanText, numberItems, splitParagraphs, styledRuns, type StyledRun } from './text';

type Element = FileChild;

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** Millimetres → twentieths of a point, rounded as Word does (A4 is 11906 × 16838). */
const mmToTwip = (mm: number) => Math.round((mm * 1440) / 25.4);

/** Points → twentieths of a point (spacing, letter spacing). */
const ptToTwip = (pt: number) => Math.round(pt * 20);

interface ParagraphStyle {
  align?: Align;
  size?: number;
  bold?: boolean;
  firstLineMm?: number;
  leftMm?: number;
  before?: number;
  after?: number;
  keepNext?: boolean;
  letterSpacing?: number;
}

function textRun(run: StyledRun, style: ParagraphStyle): TextRun {
  return new TextRun({
    text: run.text,
    bold: run.bold || style.bold || undefined,
    italics: run.italic || undefined,
    underline: run.underline ? {} : undefined,
    size: style.size && style.size !== FONT.body ? style.size * 2 : undefined,
    characterSpacing: style.letterSpacing ? ptToTwip(style.letterSpacing) : undefined,
  });
}

function paragraph(runs: StyledRun[], style: ParagraphStyle = {}): Paragraph {
  return new Paragraph({
    children: runs.map((run) => textRun(run, style)),
    alignment: ALIGN[style.align ?? 'left'],
    indent:
      style.firstLineMm || style.leftMm
        ? {
            firstLine: style.firstLineMm ? mmToTwip(style.firstLineMm) : undefined,
            left: style.leftMm ? mmToTwip(style.leftMm) : undefined,
          }
        : undefined,
    spacing: style.before || style.after ? { before: ptToTwip(style.before ?? 0), after: ptToTwip(style.after ?? 0) } : undefined,
    keepNext: style.keepNext || undefined,
  });
}

/** Paragraphs of plain text (newlines start paragraphs); spacing before the first, after the last. */
function paragraphs(runs: StyledRun[], style: ParagraphStyle = {}): Paragraph[] {
  const parts = splitParagraphs(runs);
  return parts.map((part, i) =>
    paragraph(part, {
      ...style,
      before: i === 0 ? style.before : undefined,
      after: i === parts.length - 1 ? style.after : undefined,
      keepNext: style.keepNext || i < parts.length - 1,
    }),
  );
}

const plain = (text: string, style: ParagraphStyle = {}) => paragraphs(styledRuns(text), style);

const SINGLE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/** A cell of a layout table; `underlined` draws the line a form is signed on. */
function cell(content: Paragraph[], widthTw: number, underlined = false): TableCell {
  return new TableCell({
    children: content.length ? content : [new Paragraph({})],
    width: { size: widthTw, type: WidthType.DXA },
    borders: underlined ? { bottom: SINGLE } : undefined,
  });
}

function dataTable(block: Extract<Block, { kind: 'table' }>, page: PageGeometry): Element[] {
  const caption = block.caption ? plain(block.caption, { bold: true, align: 'center', after: SPACING.caption, keepNext: true }) : [];
  if (block.columns.length === 0) return caption;
  const table = new DataTable(block, mmToTwip(page.textWidthMm), {
    vertical: mmToTwip(CELL_PADDING_MM.vertical),
    horizontal: mmToTwip(CELL_PADDING_MM.horizontal),
  });
  return [...caption, table, new Paragraph({ spacing: { after: ptToTwip(SPACING.table) } })];
}

const tableStyle = (id: string, o: { bold?: boolean; center?: boolean } = {}) => ({
  id,
  name: id,
  basedOn: 'Normal',
  run: { size: FONT.table * 2, bold: o.bold },
  paragraph: o.center ? { alignment: AlignmentType.CENTER } : undefined,
});

/** Text in layout tables lines up with the body text; the right padding keeps neighbours apart. */
const LAYOUT_CELL_MARGINS = { top: 0, bottom: 0, left: 0, right: mmToTwip(2) };

/** A borderless layout table, for blocks whose parts stand side by side. */
function layoutTable(rows: TableCell[][], widths: number[], alignment: Align): Table {
  return new Table({
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: LAYOUT_CELL_MARGINS,
    alignment: ALIGN[alignment],
    rows: rows.map((children) => new TableRow({ children, cantSplit: true })),
  });
}

function stamps(block: Extract<Block, { kind: 'stamps' }>, page: PageGeometry): Element[] {
  if (block.stamps.length === 0) return [];
  const widthTw = mmToTwip(stampWidthMm(block.stamps.length, page.textWidthMm));
  const size = block.stamps.length > 1 ? FONT.stampSeveral : FONT.stampSingle;
  const cells = block.stamps.map((lines) => cell(lines.flatMap((line) => plain(line, { size })), widthTw));
  return [layoutTable([cells], cells.map(() => widthTw), 'right'), new Paragraph({ spacing: { after: ptToTwip(SPACING.stamps) } })];
}

function signature(block: Extract<Block, { kind: 'signature' }>, page: PageGeometry): Element[] {
  const totalTw = mmToTwip(page.textWidthMm);
  const leftTw = Math.round(totalTw * SIGNATURE_POSITION_SHARE);
  const position = block.position.flatMap((line) => plain(line));
  const name = new TableCell({
    children: plain(block.name, { align: 'right' }),
    width: { size: totalTw - leftTw, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.BOTTOM,
  });
  return [
    new Paragraph({ spacing: { before: ptToTwip(SPACING.signatureBefore) }, keepNext: true }),
    layoutTable([[cell(position, leftTw), name]], [leftTw, totalTw - leftTw], 'left'),
  ];
}

function signLine(block: Extract<Block, { kind: 'signLine' }>, page: PageGeometry): Element[] {
  const totalTw = mmToTwip(page.textWidthMm);
  const partTw = Math.round(totalTw * SIGN_LINE_SHARE);
  const captionStyle = { size: FONT.signCaption, align: 'center' as const };
  const labels = block.right === undefined ? [block.left] : [block.left, block.right];
  const widths = labels.length === 1 ? [partTw] : [partTw, totalTw - 2 * partTw, partTw];
  const lineCells = widths.map((w, i) => cell([paragraph([], { before: FONT.body })], w, i % 2 === 0));
  const captionCells = widths.map((w, i) => cell(i % 2 === 0 ? plain(labels[i / 2], captionStyle) : [], w));
  return [layoutTable([lineCells, captionCells], widths, 'left'), new Paragraph({})];
}

/** Date at the left and number at the right of one line, whatever their lengths. */
function dateNumber(block: Extract<Block, { kind: 'dateNumber' }>, page: PageGeometry): Element[] {
  const halfTw = Math.round(mmToTwip(page.textWidthMm) / 2);
  const row = [cell(plain(block.date), halfTw), cell(plain(block.number, { align: 'right' }), halfTw)];
  return [layoutTable([row], [halfTw, halfTw], 'left'), new Paragraph({ spacing: { after: ptToTwip(SPACING.dateNumber) } })];
}

function blockElements(block: Block, page: PageGeometry): Element[] {
  const requisiteIndentMm = Math.max(page.textWidthMm - REQUISITE_MAX_WIDTH_MM, 0);
  switch (block.kind) {
    case 'orgHeader':
      return block.lines.flatMap((line, i) =>
        plain(line, { align: 'center', bold: true, after: i === block.lines.length - 1 ? SPACING.orgHeader : 0, keepNext: true }),
      );
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
      return numberItems(block.items, block.start).flatMap((item) => {
        const [first, ...rest] = splitParagraphs(item.runs);
        const style = { align: 'justify' as const, firstLineMm: FIRST_LINE_INDENT_MM };
        return [paragraph([{ text: `${item.number} `, bold: false, italic: false, underline: false }, ...first], style), ...rest.map((part) => paragraph(part, style))];
      });
    case 'table':
      return dataTable(block, page);
    case 'stamps':
      return stamps(block, page);
    case 'annexCaption':
      return block.lines.flatMap((line, i) =>
        plain(line, { leftMm: requisiteIndentMm, after: i === block.lines.length - 1 ? SPACING.annexCaption : 0, keepNext: true }),
      );
    case 'signature':
      return signature(block, page);
    case 'signLine':
      return signLine(block, page);
    case 'spacer':
      return Array.from({ length: Math.max(block.lines ?? 1, 0) }, () => new Paragraph({}));
    case 'pageBreak':
      return [new Paragraph({ pageBreakBefore: true })];
  }
}

function pageNumberHeader(): Header {
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: FONT.pageNumber * 2 })] })] });
}

export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const page = pageGeometry(model);
  const doc = new Document({
    title: cleanText(model.title),
    creator: 'Наставник',
    styles: {
      default: {
        document: {
          run: { font: 'Times New Roman', size: FONT.body * 2 },
          paragraph: { spacing: { line: 240, before: 0, after: 0 } },
        },
      },
      paragraphStyles: [
        tableStyle(TABLE_STYLES.text),
        tableStyle(TABLE_STYLES.heading, { bold: true, center: true }),
        tableStyle(TABLE_STYLES.section, { bold: true }),
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mmToTwip(210), height: mmToTwip(297), orientation: page.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: {
              top: mmToTwip(page.marginTopMm),
              bottom: mmToTwip(page.marginBottomMm),
              left: mmToTwip(page.marginLeftMm),
              right: mmToTwip(page.marginRightMm),
              header: mmToTwip(PAGE_NUMBER_TOP_MM),
              footer: mmToTwip(PAGE_NUMBER_TOP_MM),
            },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children: model.blocks.flatMap((block) => blockElements(block, page)),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
