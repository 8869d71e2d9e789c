// The running state of a PDF being laid out: the current page and the vertical cursor,
// page breaks, and the drawing of wrapped paragraphs that may continue on the next page.
import { LINE_HEIGHT, PT_PER_MM, type PageGeometry } from './layout';
import type { Align } from './model';
import type { Line, SetOptions, TextSetter } from './pdf-text';
import { splitParagraphs, type StyledRun } from './text';

export interface ParagraphOptions {
  size: number;
  align: Align;
  /** Offset of the text box from the left margin, and its width (default: the whole text width). */
  left?: number;
  width?: number;
  firstIndent?: number;
  letterSpacing?: number;
  before?: number;
  after?: number;
}

export class Flow {
  left = 0;
  top = 0;
  bottom = 0;
  textWidth = 0;
  y = 0;
  /** Called after every page break, e.g. to repeat a table header. */
  onNewPage: (() => void) | null = null;
  /** Pages (0-based) on which a further document of a bundle starts its own page numbers. */
  readonly documentStarts: number[] = [];

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly setter: TextSetter,
    public page: PageGeometry,
  ) {
    this.setGeometry(page);
  }

  private setGeometry(page: PageGeometry): void {
    this.page = page;
    this.left = page.marginLeftMm * PT_PER_MM;
    this.top = page.marginTopMm * PT_PER_MM;
    this.bottom = (page.heightMm - page.marginBottomMm) * PT_PER_MM;
    this.textWidth = page.textWidthMm * PT_PER_MM;
    this.y = this.top;
  }

  lineHeight(size: number): number {
    return size * LINE_HEIGHT;
  }

  /** The current page starts another document of the file, numbered from 1. */
  markDocumentStart(): void {
    const { start, count } = this.doc.bufferedPageRange();
    this.documentStarts.push(start + count - 1);
  }

  /** Whether anything has been placed on the current page yet. */
  get atPageTop(): boolean {
    return this.y <= this.top;
  }

  /** A new page of the current geometry, or of `page` from here on (a landscape annex). */
  newPage(page: PageGeometry = this.page): void {
    // pdfkit's addPage takes the document's first page's options unless told otherwise.
    this.doc.addPage({ size: 'A4', layout: page.landscape ? 'landscape' : 'portrait', margin: 0 });
    this.setGeometry(page);
    this.onNewPage?.();
  }

  /** Starts a new page unless `height` still fits below the cursor (or the page is empty). */
  ensure(height: number): void {
    if (this.y + height > this.bottom && !this.atPageTop) this.newPage();
  }

  space(pt: number): void {
    if (!this.atPageTop) this.y = Math.min(this.y + pt, this.bottom);
  }

  setOptions(o: ParagraphOptions): SetOptions {
    return { size: o.size, width: o.width ?? this.textWidth, firstIndent: o.firstIndent, letterSpacing: o.letterSpacing };
  }

  /** Lines of runs (newlines start paragraphs, each with the first-line indent). */
  wrap(runs: StyledRun[], o: ParagraphOptions): Line[] {
    const set = this.setOptions(o);
    const lines: Line[] = [];
    for (const paragraph of splitParagraphs(runs)) for (const line of this.setter.wrap(paragraph, set)) lines.push(line);
    return lines;
  }

  /**
   * Draws lines from the cursor on, breaking pages between lines as Word does with widow and
   * orphan control: never fewer than two of a paragraph's lines on either side of a break, so a
   * three-line paragraph moves whole and a one-line remainder takes a line with it.
   */
  drawLines(lines: Line[], o: ParagraphOptions): void {
    const set = { ...this.setOptions(o), align: o.align };
    const lineHeight = this.lineHeight(o.size);
    // Even at the top of a page, as the DOCX holds it (the after of an empty paragraph, see docx-blocks.ts).
    if (o.before) this.y = Math.min(this.y + o.before, this.bottom);
    for (let i = 0; i < lines.length; ) {
      const remaining = lines.length - i;
      // The epsilon keeps a line that fits exactly from being pushed over by rounding.
      const room = Math.floor((this.bottom - this.y) / lineHeight + 1e-6);
      let take = remaining;
      if (room < remaining) {
        take = Math.min(room, remaining - 2);
        if (take < 2) take = this.atPageTop ? Math.max(room, 1) : 0;
      }
      for (const line of lines.slice(i, i + take)) {
        this.setter.drawLine(line, this.left + (o.left ?? 0), this.y, set);
        this.y += lineHeight;
      }
      i += take;
      if (i < lines.length) this.newPage();
    }
    if (o.after) this.space(o.after);
  }

  paragraph(runs: StyledRun[], o: ParagraphOptions): void {
    this.drawLines(this.wrap(runs, o), o);
  }

  /** Height of lines laid out with `o`, spacing included. */
  heightOf(lines: Line[], o: ParagraphOptions): number {
    return (o.before ?? 0) + lines.length * this.lineHeight(o.size) + (o.after ?? 0);
  }
}
