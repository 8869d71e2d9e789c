// DocumentModel → PDF (pdfkit with embedded Tinos). One of the two format-aware
// modules; the geometry and typography come from layout.ts so that it matches the DOCX.
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import {
  DOC_TYPE_LETTER_SPACING,
  FIRST_LINE_INDENT_MM,
  FONT,
  LINE_HEIGHT,
  PAGE_NUMBER_TOP_MM,
  PT_PER_MM,
  REQUISITE_MAX_WIDTH_MM,
  SIGN_LINE_SHARE,
  SIGN_ROOM_PT,
  SPACING,
  pageGeometry,
  signaturePositionWidth,
  stampWidthMm,
} from './layout';
import type { Block, DocumentModel } from './model';
import { Flow, type ParagraphOptions } from './pdf-flow';
import { FaceMetrics, registerFaces, wordWidth } from './pdf-fonts';
import { drawTable, tableStartHeight } from './pdf-table';
import { TextSetter, type Line } from './pdf-text';
import { cleanText, numberItems, styledRuns, type StyledRun } from './text';

const body = (o: Partial<ParagraphOptions> = {}): ParagraphOptions => ({ size: FONT.body, align: 'left', ...o });
const INDENT = FIRST_LINE_INDENT_MM * PT_PER_MM;
/** Room kept below a block that must stay with what follows (a heading, a title): about three lines. */
const KEEP_WITH_NEXT = 3 * FONT.body * LINE_HEIGHT;
const GAP_BETWEEN_COLUMNS = 2 * PT_PER_MM;

/** A paragraph that moves to the next page together with the start of what follows it. */
function keptParagraph(flow: Flow, runs: StyledRun[], o: ParagraphOptions, next: Block | undefined): void {
  const lines = flow.wrap(runs, o);
  // Before a table, its caption, header and first row; otherwise about three lines.
  const room = next?.kind === 'table' ? Math.max(KEEP_WITH_NEXT, tableStartHeight(flow, next)) : KEEP_WITH_NEXT;
  flow.ensure(flow.heightOf(lines, o) + room);
  flow.drawLines(lines, o);
}

/** Text columns side by side starting at the cursor; the cursor ends below the tallest. */
function columns(flow: Flow, parts: { left: number; width: number; runs: StyledRun[][]; options: ParagraphOptions }[]): void {
  const laid = parts.map((part) => ({
    ...part,
    lines: part.runs.flatMap((runs) => flow.wrap(runs, { ...part.options, width: part.width })),
  }));
  const lineHeight = (o: ParagraphOptions) => flow.lineHeight(o.size);
  const height = Math.max(0, ...laid.map((p) => p.lines.length * lineHeight(p.options)));
  flow.ensure(Math.min(height, flow.bottom - flow.top));
  const top = flow.y;
  let end = top;
  for (const part of laid) {
    flow.y = top;
    flow.drawLines(part.lines, { ...part.options, left: part.left, width: part.width });
    end = Math.max(end, flow.y);
  }
  flow.y = end;
}

function signature(flow: Flow, block: Extract<Block, { kind: 'signature' }>): void {
  const measure = (text: string) => wordWidth(cleanText(text), false, FONT.body);
  const leftWidth = signaturePositionWidth(block.position, block.name, flow.textWidth, measure, PT_PER_MM);
  const position: Line[] = block.position.flatMap((line) => flow.wrap(styledRuns(line), body({ width: leftWidth })));
  const name = flow.wrap(styledRuns(block.name), body({ width: flow.textWidth - leftWidth }));
  const lineHeight = flow.lineHeight(FONT.body);
  // The space goes with the signature to the next page, as the DOCX's empty paragraph kept with it does.
  flow.ensure(Math.min(SPACING.signatureBefore + Math.max(position.length, name.length) * lineHeight, flow.bottom - flow.top));
  flow.y += SPACING.signatureBefore;
  const top = flow.y;
  flow.drawLines(position, body({ width: leftWidth }));
  // The name stands on the last line of the position (or below the cursor if the position broke a page).
  flow.y = flow.y > top ? Math.max(flow.y - name.length * lineHeight, flow.top) : top;
  flow.drawLines(name, body({ align: 'right', left: leftWidth, width: flow.textWidth - leftWidth }));
}

function signLine(flow: Flow, block: Extract<Block, { kind: 'signLine' }>): void {
  const partWidth = flow.textWidth * SIGN_LINE_SHARE;
  const labels = block.right === undefined ? [block.left] : [block.left, block.right];
  const lineHeight = flow.lineHeight(FONT.body);
  const captionOptions = body({ size: FONT.signCaption, align: 'center', width: partWidth });
  const captions = labels.map((label) => flow.wrap(styledRuns(label), captionOptions));
  flow.ensure(SIGN_ROOM_PT + lineHeight + Math.max(...captions.map((c) => flow.heightOf(c, captionOptions))));
  const ruleY = flow.y + SIGN_ROOM_PT + lineHeight;
  labels.forEach((_, i) => {
    const x = flow.left + (i === 0 ? 0 : flow.textWidth - partWidth);
    flow.doc.moveTo(x, ruleY).lineTo(x + partWidth, ruleY);
  });
  flow.doc.lineWidth(0.5).stroke();
  flow.y = ruleY;
  columns(
    flow,
    captions.map((_, i) => ({
      left: i === 0 ? 0 : flow.textWidth - partWidth,
      width: partWidth,
      runs: [styledRuns(labels[i])],
      options: captionOptions,
    })),
  );
}

/** A picture on a line of its own, as the DOCX's inline picture: the line is as tall as the picture (as LibreOffice lays it out). */
function image(flow: Flow, block: Extract<Block, { kind: 'image' }>): void {
  const width = block.widthMm * PT_PER_MM;
  const height = block.heightMm * PT_PER_MM;
  flow.ensure(height + KEEP_WITH_NEXT);
  const align = block.align ?? 'center';
  const x = flow.left + (align === 'center' ? (flow.textWidth - width) / 2 : align === 'right' ? flow.textWidth - width : 0);
  // ignoreOrientation (missing from @types/pdfkit): placed as stored, as Word places it.
  flow.doc.image(Buffer.from(block.bytes), x, flow.y, { width, height, ignoreOrientation: true } as PDFKit.Mixins.ImageOption);
  flow.y += height;
  flow.space(SPACING.image);
}

function drawBlock(flow: Flow, model: DocumentModel, block: Block, next: Block | undefined): void {
  const requisiteWidth = Math.min(REQUISITE_MAX_WIDTH_MM * PT_PER_MM, flow.textWidth);
  switch (block.kind) {
    case 'orgHeader': {
      const details = block.details ?? [];
      const last = block.lines.length + details.length - 1;
      block.lines.forEach((line, i) =>
        keptParagraph(flow, styledRuns(line, { bold: true }), body({ align: 'center', after: i === last ? SPACING.orgHeader : 0 }), next),
      );
      details.forEach((line, i) =>
        keptParagraph(flow, styledRuns(line), body({ size: FONT.letterhead, align: 'center', after: block.lines.length + i === last ? SPACING.orgHeader : 0 }), next),
      );
      return;
    }
    case 'image':
      image(flow, block);
      return;
    case 'docType':
      keptParagraph(flow, styledRuns(block.text, { bold: true }), body({ size: FONT.docType, align: 'center', letterSpacing: DOC_TYPE_LETTER_SPACING, after: SPACING.docType }), next);
      return;
    case 'dateNumber': {
      const half = flow.textWidth / 2;
      columns(flow, [
        { left: 0, width: half, runs: [styledRuns(block.date)], options: body() },
        { left: half, width: half, runs: [styledRuns(block.number)], options: body({ align: 'right' }) },
      ]);
      flow.space(SPACING.dateNumber);
      return;
    }
    case 'place':
      keptParagraph(flow, styledRuns(block.text), body({ align: 'center', after: SPACING.place }), next);
      return;
    case 'title':
      keptParagraph(flow, styledRuns(block.text, { bold: true }), body({ align: block.align ?? 'center', after: SPACING.title }), next);
      return;
    case 'heading':
      keptParagraph(flow, styledRuns(block.text, { bold: true }), body({ align: 'center', before: SPACING.headingBefore, after: SPACING.headingAfter }), next);
      return;
    case 'paragraph': {
      const options = body({ align: block.align ?? 'justify', firstIndent: block.indent ? INDENT : 0 });
      if (block.keepWithNext) keptParagraph(flow, styledRuns(block.runs), options, next);
      else flow.paragraph(styledRuns(block.runs), options);
      return;
    }
    case 'directive':
      keptParagraph(flow, styledRuns(block.text, { bold: true }), body({ before: SPACING.directive, after: SPACING.directive }), next);
      return;
    case 'numbered':
      for (const item of numberItems(block.items, block.start)) {
        const runs: StyledRun[] = [{ text: `${item.number} `, bold: false, italic: false, underline: false }, ...item.runs];
        flow.paragraph(runs, body({ align: 'justify', firstIndent: INDENT }));
      }
      return;
    case 'table':
      drawTable(flow, block);
      return;
    case 'stamps': {
      if (block.stamps.length === 0) return;
      const width = stampWidthMm(block.stamps.length, flow.page.textWidthMm) * PT_PER_MM;
      const size = block.stamps.length > 1 ? FONT.stampSeveral : FONT.stampSingle;
      const start = flow.textWidth - width * block.stamps.length;
      columns(
        flow,
        block.stamps.map((lines, i) => ({
          left: start + i * width,
          width: width - GAP_BETWEEN_COLUMNS,
          runs: lines.map((line) => styledRuns(line)),
          options: body({ size }),
        })),
      );
      flow.space(SPACING.stamps);
      return;
    }
    case 'annexCaption':
      keptParagraph(flow, styledRuns(block.lines.join('\n')), body({ left: flow.textWidth - requisiteWidth, width: requisiteWidth, after: SPACING.annexCaption }), next);
      return;
    case 'signature':
      signature(flow, block);
      return;
    case 'signLine':
      signLine(flow, block);
      return;
    case 'spacer':
      flow.space(Math.max(block.lines ?? 1, 0) * flow.lineHeight(FONT.body));
      return;
    case 'pageBreak': {
      const restart = Boolean(block.restartPageNumbers);
      const orientation = block.orientation ?? (restart ? (model.orientation ?? 'portrait') : flow.page.landscape ? 'landscape' : 'portrait');
      flow.newPage(pageGeometry({ ...model, orientation }));
      if (restart) flow.markDocumentStart();
      return;
    }
  }
}

/** Numbers every page but the first of each document the file holds (`starts`: their first pages, ascending). */
function numberPages(doc: PDFKit.PDFDocument, setter: TextSetter, starts: number[]): void {
  const { start, count } = doc.bufferedPageRange();
  let documentStart = start;
  for (let i = start; i < start + count; i++) {
    if (starts.includes(i)) documentStart = i;
    if (i === documentStart) continue;
    doc.switchToPage(i);
    // Centred on the page it is on, portrait or landscape.
    const pageWidth = doc.page.width;
    const [line] = setter.wrap(styledRuns(String(i - documentStart + 1)), { size: FONT.pageNumber, width: pageWidth });
    setter.drawLine(line, 0, PAGE_NUMBER_TOP_MM * PT_PER_MM, { size: FONT.pageNumber, width: pageWidth, align: 'center' });
  }
}

/** What pdfkit keeps of a page beyond its typings: its content stream, filled and deflated at the end. */
interface ContentInternals {
  buffer: Uint8Array[];
  compress: boolean;
  data: { Filter?: string };
}

/**
 * DEFLATE level of the page contents. pdfkit deflates them at zlib's default (6), which took a
 * sixth of a long order's render; at 1 it is half as long, and the file about a tenth larger.
 */
const CONTENT_LEVEL = 1;

/** Deflates every page's content, so that pdfkit writes it as it is (its own deflate knows no level). */
function deflateContents(doc: PDFKit.PDFDocument): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const content = (doc.page as unknown as { content: ContentInternals }).content;
    if (!content.compress || content.buffer.length === 0) continue;
    content.buffer = [deflateSync(Buffer.concat(content.buffer), { level: CONTENT_LEVEL })];
    content.compress = false;
    content.data.Filter = 'FlateDecode';
  }
}

export async function renderPdf(model: DocumentModel): Promise<Buffer> {
  const page = pageGeometry(model);
  const doc = new PDFDocument({
    size: 'A4',
    layout: page.landscape ? 'landscape' : 'portrait',
    margin: 0,
    bufferPages: true,
    autoFirstPage: true,
    info: { Title: cleanText(model.title), Creator: 'Наставник' },
    // No default Helvetica: its metrics file, parsed anew for every document, is never used, as every text is set in Tinos.
    font: null as unknown as string,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerFaces(doc);
  const setter = new TextSetter(doc, new FaceMetrics(doc));
  const flow = new Flow(doc, setter, page);
  model.blocks.forEach((block, i) => drawBlock(flow, model, block, model.blocks[i + 1]));
  numberPages(doc, setter, flow.documentStarts);
  setter.flush();
  deflateContents(doc);
  doc.end();
  return done;
}
