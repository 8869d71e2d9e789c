// Line breaking and drawing of styled text for the PDF renderer. pdfkit's own wrapper
// measures every line again and knows nothing of tables or page breaks, so lines are
// broken here once (greedy, on spaces; a word wider than the line is cut) and drawn one
// by one wherever the page layout puts them.
import { hyphenateWord, SOFT_HYPHEN, withoutSoftHyphens } from './hyphenation';
import type { Align } from './model';
import { faceKey, useFace, type FaceKey, type FaceMetrics } from './pdf-fonts';
import { fontResource, glyphArray, pdfNumber } from './pdf-glyphs';
import type { StyledRun } from './text';

export interface Fragment {
  text: string;
  face: FaceKey;
  underline: boolean;
  width: number;
}

interface Space {
  space: true;
  width: number;
  /** A break opportunity that draws nothing, after a hyphen inside a word. */
  soft?: boolean;
}

const SOFT_BREAK: Space = { space: true, width: 0, soft: true };
/** Between a hyphen and the rest of a word («педагог-|психолог», «Горно-|Алтайск»). */
const AFTER_HYPHEN = /(?<=\p{L}-)(?=\p{L})/u;
const LETTER = /\p{L}/u;

type Item = Fragment | Space;

export interface Line {
  items: Item[];
  width: number;
  spaces: number;
  first: boolean;
  /** The paragraph's last line, never stretched by justification. */
  last: boolean;
  /** Indent of this line from the left edge of the text box. */
  indent: number;
}

export interface SetOptions {
  size: number;
  width: number;
  firstIndent?: number;
  letterSpacing?: number;
}

/** Baseline position within a line box, as a share of the font size (Times-like ascent). */
const BASELINE = 0.891;
/** Underline position below the baseline, as a share of the font size. */
const UNDERLINE_OFFSET = 0.12;

interface Word {
  frags: Fragment[];
  width: number;
  /** A part of a word split at its hyphens, not to be split again. */
  hyphenPart?: boolean;
  /** Its fragments hold soft hyphens (measured without them): the points it may break at. */
  soft?: boolean;
}

const isSpace = (item: Item): item is Space => 'space' in item;

const SPACE = 0x20;

const emptyLine = (indent: number, first: boolean): Line => ({ items: [], width: 0, spaces: 0, first, last: false, indent });

interface Segment {
  face: FaceKey;
  underline: boolean;
  text: string;
  x: number;
  end: number;
}

export class TextSetter {
  /**
   * Text-showing operators drawn on `textPage` and not yet written to it. A page's text goes
   * into its content as one text object, in one write: pdfkit turns every string it is given
   * into bytes one character at a time, and a table has thousands of cells.
   */
  private pendingText = '';
  private textPage: PDFKit.PDFPage | null = null;
  /** The font and size `pendingText` has set last, so that Tf is written only when they change. */
  private textFont = '';
  private textSize = 0;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly metrics: FaceMetrics,
  ) {}

  /** Writes the text drawn so far to its page; needed once, after the last line of a document. */
  flush(): void {
    if (this.textPage && this.pendingText) this.textPage.write(Buffer.from(`BT\n${this.pendingText}ET\n`, 'latin1'));
    this.pendingText = '';
    this.textFont = '';
    this.textPage = null;
  }

  private measure(face: FaceKey, text: string, o: SetOptions): number {
    return this.metrics.width(face, text, o.size) + (o.letterSpacing ?? 0) * text.length;
  }

  /** Words (runs of fragments with no space between them) separated by single spaces. */
  private tokens(runs: StyledRun[], o: SetOptions): (Word | Space)[] {
    const out: (Word | Space)[] = [];
    // Spaces are alike within a face, and lines only read them.
    const spaces: Partial<Record<FaceKey, Space>> = {};
    let word: Word | null = null;
    for (const run of runs) {
      const face = faceKey(run.bold, run.italic);
      const text = run.text;
      for (let start = 0; start < text.length; ) {
        if (text.charCodeAt(start) === SPACE) {
          while (text.charCodeAt(start) === SPACE) start++;
          word = null;
          const previous = out[out.length - 1];
          if (previous && !('space' in previous)) out.push((spaces[face] ??= { space: true, width: this.measure(face, ' ', o) }));
          continue;
        }
        let end = text.indexOf(' ', start);
        if (end < 0) end = text.length;
        const drawable = this.metrics.drawable(face, text.slice(start, end));
        start = end;
        const soft = drawable.includes(SOFT_HYPHEN);
        const frag: Fragment = { text: drawable, face, underline: run.underline, width: this.measure(face, soft ? withoutSoftHyphens(drawable) : drawable, o) };
        if (!word) {
          word = { frags: [], width: 0 };
          out.push(word);
        }
        word.frags.push(frag);
        word.width += frag.width;
        if (soft) word.soft = true;
      }
    }
    return out;
  }

  /**
   * Splits a word at its inner hyphens («педагог-|психолог») into parts joined by soft
   * breaks; null if it has none. Used only for a word wider than a whole line, so ordinary
   * text never breaks at a hyphen (and extracts as typed).
   */
  private splitAtHyphens(word: Word, o: SetOptions): (Word | Space)[] | null {
    if (word.hyphenPart || !word.frags.some((frag) => AFTER_HYPHEN.test(frag.text))) return null;
    const out: (Word | Space)[] = [];
    let part: Word = { frags: [], width: 0, hyphenPart: true };
    for (const frag of word.frags) {
      frag.text.split(AFTER_HYPHEN).forEach((text, i) => {
        if (i > 0) {
          out.push(part, SOFT_BREAK);
          part = { frags: [], width: 0, hyphenPart: true };
        }
        const width = this.measure(frag.face, text, o);
        part.frags.push({ ...frag, text, width });
        part.width += width;
      });
    }
    out.push(part);
    return out;
  }

  /** The word with soft hyphens at its pattern points (hyphenation.ts); null if it has none. */
  private hyphenated(word: Word): Word | null {
    if (word.soft || word.hyphenPart) return null;
    const frags = word.frags.map((frag) => ({ ...frag, text: hyphenateWord(frag.text) }));
    if (!frags.some((frag) => frag.text.includes(SOFT_HYPHEN))) return null;
    return { frags, width: frags.reduce((sum, frag) => sum + frag.width, 0), soft: true };
  }

  /**
   * Splits a word holding soft hyphens at the last point (a hyphen between letters, else a soft
   * hyphen) whose head, with the hyphen drawn at a soft one, fits `room`: as Word and
   * LibreOffice fill a line with the head of a word they may hyphenate. Null if no head fits.
   */
  private splitAtSoftHyphen(word: Word, room: number, o: SetOptions): [Word, Word] | null {
    let best: { frag: number; at: number; soft: boolean; width: number } | null = null;
    let before = 0;
    word.frags.forEach((frag, f) => {
      const text = frag.text;
      for (let k = 1; k < text.length; k++) {
        const soft = text[k] === SOFT_HYPHEN;
        if (!soft && !(text[k] === '-' && LETTER.test(text[k - 1]!) && LETTER.test(text[k + 1] ?? ''))) continue;
        const head = withoutSoftHyphens(text.slice(0, soft ? k : k + 1)) + (soft ? '-' : '');
        const width = before + this.measure(frag.face, head, o);
        if (width > room) return;
        // A word's own hyphen wins over a soft one after it, as in LibreOffice: «педагог-|психолог», not «педагог-пси-|холог».
        if (soft && best && !best.soft) continue;
        best = { frag: f, at: k, soft, width };
      }
      before += frag.width;
    });
    if (!best) return null;
    const { frag: f, at, soft, width } = best as { frag: number; at: number; soft: boolean; width: number };
    const frag = word.frags[f]!;
    const clean = (x: Fragment): Fragment => ({ ...x, text: withoutSoftHyphens(x.text) });
    const headText = withoutSoftHyphens(frag.text.slice(0, soft ? at : at + 1)) + (soft ? '-' : '');
    const tailText = frag.text.slice(at + 1);
    const prefix = word.frags.slice(0, f);
    const headFrags = [...prefix.map(clean), { ...frag, text: headText, width: width - prefix.reduce((sum, x) => sum + x.width, 0) }];
    const tailFrag = { ...frag, text: tailText, width: this.measure(frag.face, withoutSoftHyphens(tailText), o) };
    const tailFrags = [...(tailText ? [tailFrag] : []), ...word.frags.slice(f + 1)];
    return [
      { frags: headFrags, width },
      { frags: tailFrags, width: tailFrags.reduce((sum, x) => sum + x.width, 0), soft: true },
    ];
  }

  /**
   * Cuts a word wider than a line into pieces, each as wide as `firstRoom` (the first)
   * or `room` allows and at least one character, in one pass over its characters.
   */
  private cut(word: Word, firstRoom: number, room: number, o: SetOptions): Word[] {
    const pieces: Word[] = [{ frags: [], width: 0 }];
    for (const frag of word.frags) {
      let text = '';
      let width = 0;
      const close = () => {
        if (!text) return;
        const piece = pieces[pieces.length - 1];
        piece.frags.push({ ...frag, text, width });
        piece.width += width;
        text = '';
        width = 0;
      };
      for (const char of frag.text) {
        const charWidth = this.measure(frag.face, char, o);
        const piece = pieces[pieces.length - 1];
        const limit = pieces.length === 1 ? firstRoom : room;
        if (piece.width + width + charWidth > limit && (piece.width > 0 || text)) {
          close();
          pieces.push({ frags: [], width: 0 });
        }
        text += char;
        width += charWidth;
      }
      close();
    }
    return pieces;
  }

  /** Breaks one paragraph into lines; an empty paragraph is one empty line. */
  wrap(runs: StyledRun[], o: SetOptions): Line[] {
    const lines: Line[] = [];
    let line = emptyLine(Math.min(o.firstIndent ?? 0, o.width / 2), true);
    let pendingSpace: Space | null = null;
    const queue = this.tokens(runs, o);
    for (let i = 0; i < queue.length; i++) {
      const token = queue[i];
      if ('space' in token) {
        pendingSpace = line.items.length ? token : null;
        continue;
      }
      const room = o.width - line.indent;
      const spaceWidth: number = pendingSpace ? pendingSpace.width : 0;
      if (line.width + spaceWidth + token.width <= room) {
        if (pendingSpace && !pendingSpace.soft) {
          line.items.push(pendingSpace);
          line.spaces++;
        }
        for (const frag of token.frags) line.items.push(token.soft ? { ...frag, text: withoutSoftHyphens(frag.text) } : frag);
        line.width += spaceWidth + token.width;
        pendingSpace = null;
        continue;
      }
      const split = token.soft ? this.splitAtSoftHyphen(token, room - line.width - spaceWidth, o) : null;
      if (split) {
        if (pendingSpace && !pendingSpace.soft) {
          line.items.push(pendingSpace);
          line.spaces++;
        }
        line.items.push(...split[0].frags);
        line.width += spaceWidth + split[0].width;
        lines.push(line);
        line = emptyLine(0, false);
        pendingSpace = null;
        queue[i] = split[1];
        i--;
      } else if (line.items.length) {
        lines.push(line);
        line = emptyLine(0, false);
        pendingSpace = null;
        i--;
      } else {
        const hyphenated = this.hyphenated(token);
        if (hyphenated) {
          queue[i] = hyphenated;
          i--;
          continue;
        }
        const parts = token.soft ? null : this.splitAtHyphens(token, o);
        if (parts) {
          queue.splice(i, 1, ...parts);
          i--;
          continue;
        }
        // Not even a syllable fits: the word is cut, without its soft hyphens.
        const whole = token.soft ? { ...token, frags: token.frags.map((frag) => ({ ...frag, text: withoutSoftHyphens(frag.text) })) } : token;
        const pieces = this.cut(whole, room, o.width, o);
        const rest = pieces.pop();
        for (const piece of pieces) {
          line.items.push(...piece.frags);
          line.width += piece.width;
          lines.push(line);
          line = emptyLine(0, false);
        }
        if (rest) {
          line.items.push(...rest.frags);
          line.width += rest.width;
        }
      }
    }
    if (line.items.length || lines.length === 0) lines.push(line);
    lines[lines.length - 1].last = true;
    return lines;
  }

  /** Draws one line whose box starts at (x, top). */
  drawLine(line: Line, x: number, top: number, o: SetOptions & { align: Align }): void {
    // The flow has moved to another page (or back to one, for its number): the text so far is complete.
    if (this.doc.page !== this.textPage) {
      this.flush();
      this.textPage = this.doc.page;
    }
    const room = o.width - line.indent;
    let cursor = x + line.indent;
    let extra = 0;
    if (o.align === 'right') cursor += room - line.width;
    else if (o.align === 'center') cursor += (room - line.width) / 2;
    else if (o.align === 'justify' && !line.last && line.spaces > 0) extra = Math.max(0, (room - line.width) / line.spaces);

    const baseline = top + o.size * BASELINE;
    let segment: Segment | null = null;
    let pending = 0;
    for (const item of line.items) {
      if (isSpace(item)) {
        pending += item.width + extra;
        continue;
      }
      if (segment && segment.face === item.face && segment.underline === item.underline) {
        segment.text += pending ? ` ${item.text}` : item.text;
        segment.end = cursor + pending + item.width;
      } else {
        if (segment) this.drawSegment(segment, baseline, o, extra);
        segment = { face: item.face, underline: item.underline, text: item.text, x: cursor + pending, end: cursor + pending + item.width };
      }
      cursor += pending + item.width;
      pending = 0;
    }
    if (segment) this.drawSegment(segment, baseline, o, extra);
  }

  private drawSegment(segment: Segment, baseline: number, o: SetOptions, wordSpacing: number): void {
    useFace(this.doc, segment.face);
    const glyphs = o.letterSpacing ? null : glyphArray(this.doc, segment.text, o.size, wordSpacing);
    if (glyphs !== null) {
      const font = fontResource(this.doc);
      const setFont = font === this.textFont && o.size === this.textSize ? '' : ` /${font} ${pdfNumber(o.size)} Tf`;
      this.textFont = font;
      this.textSize = o.size;
      // pdfkit draws top-down on a flipped page, so the text matrix turns the glyphs upright again.
      this.pendingText += `1 0 0 -1 ${pdfNumber(segment.x)} ${pdfNumber(baseline)} Tm${setFont} ${glyphs} TJ\n`;
    } else {
      this.doc.fontSize(o.size);
      this.doc.text(segment.text, segment.x, baseline, {
        lineBreak: false,
        baseline: 'alphabetic',
        wordSpacing: wordSpacing || undefined,
        characterSpacing: o.letterSpacing || undefined,
      });
    }
    if (segment.underline) {
      const y = baseline + o.size * UNDERLINE_OFFSET;
      this.doc.moveTo(segment.x, y).lineTo(segment.end, y).lineWidth(o.size / 20).stroke();
    }
  }
}
