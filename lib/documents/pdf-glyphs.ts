// Text as the glyphs of a document's embedded faces: the operands of the content stream's
// text operators, written here rather than by pdfkit's text(), whose per-call option handling
// and two re-measurements are most of the cost of a table. pdfkit still shapes each word
// (kerning) and keeps the font subsets that these glyph ids refer to.
import { currentFont, type EmbeddedFontInternals } from './pdf-fonts';

/** What pdfkit keeps of a page beyond its typings: the fonts its content uses. */
interface PageInternals {
  fonts: Record<string, unknown>;
}

/**
 * A number as pdfkit writes it into content streams: at most three decimals. Positions and
 * kerning adjustments recur on every page, and a fraction's decimal form is slow to make, so
 * the forms are kept (bounded).
 */
export function pdfNumber(n: number): string {
  let written = numbers.get(n);
  if (written === undefined) {
    written = String(Math.round(n * 1000) / 1000);
    if (numbers.size >= NUMBERS_KEPT) numbers.clear();
    numbers.set(n, written);
  }
  return written;
}

const numbers = new Map<number, string>();
const NUMBERS_KEPT = 10_000;

/**
 * A word with its trailing space as TJ elements: glyph runs (the two-byte ids of the document's
 * font subset, as the bytes of a literal string) each followed by the adjustment after it, in
 * thousandths of the font size. A run ends where kerning moves the next glyph and at the word's
 * end. Null if a glyph has an offset.
 */
type EncodedWord = (string | number)[] | null;

/** Bytes a literal string must escape: its delimiters, the escape, and line ends (a reader would normalise them). */
const LITERAL_ESCAPES: Record<number, string> = { 0x28: '\\(', 0x29: '\\)', 0x5c: '\\\\', 0x0a: '\\n', 0x0d: '\\r' };

/**
 * pdfkit's hex glyph ids ('00a1') as the bytes of a literal string: half the size of hex in
 * the content stream, which is deflated and so costs time by its length.
 */
function literalBytes(hexIds: string[]): string {
  let bytes = '';
  for (const hex of hexIds) {
    const id = parseInt(hex, 16);
    bytes += LITERAL_BYTES[id >> 8]! + LITERAL_BYTES[id & 0xff]!;
  }
  return bytes;
}

/** Each byte as it stands in a literal string, escaped where it must be. */
const LITERAL_BYTES = Array.from({ length: 256 }, (_, byte) => LITERAL_ESCAPES[byte] ?? String.fromCharCode(byte));

/**
 * What a document has encoded in a font: the subset numbers glyphs in the order the document
 * first uses them, so these cannot be shared between documents, but within one the same
 * names, positions and dates recur hundreds of times. `words`: each word with its trailing
 * space; `texts`: whole texts shown without word spacing (table cells, left-aligned lines).
 */
interface Encoded {
  words: Map<string, EncodedWord>;
  texts: Map<string, string | null>;
}

const encodedByFont = new WeakMap<EmbeddedFontInternals, Encoded>();

function encodedIn(font: EmbeddedFontInternals): Encoded {
  let encoded = encodedByFont.get(font);
  if (!encoded) {
    encoded = { words: new Map(), texts: new Map() };
    encodedByFont.set(font, encoded);
  }
  return encoded;
}

function encodeWord(font: EmbeddedFontInternals, words: Map<string, EncodedWord>, word: string): EncodedWord {
  let encoded = words.get(word);
  if (encoded === undefined) {
    const [glyphs, positions] = font.encode(word);
    encoded = [];
    let start = 0;
    for (let i = 0; i < positions.length; i++) {
      const position = positions[i];
      if (position.xOffset || position.yOffset) {
        encoded = null;
        break;
      }
      const adjustment = position.xAdvance - position.advanceWidth;
      if (adjustment !== 0 || i === positions.length - 1) {
        encoded.push(literalBytes(glyphs.slice(start, i + 1)), adjustment);
        start = i + 1;
      }
    }
    words.set(word, encoded);
  }
  return encoded;
}

/** TJ's operand for `text`, each space widened by `widening` thousandths of the font size. */
function encodeText(font: EmbeddedFontInternals, words: Map<string, EncodedWord>, text: string, widening: number): string | null {
  let elements = '';
  let run = '';
  // Shaping works word by word as in pdfkit (no kerning across a space), so words are encoded once.
  let start = 0;
  do {
    const space = text.indexOf(' ', start);
    const end = space < 0 ? text.length : space + 1;
    const encoded = encodeWord(font, words, text.slice(start, end));
    if (!encoded) return null;
    const lastWord = end === text.length;
    start = end;
    for (let k = 0; k < encoded.length; k += 2) {
      run += encoded[k];
      const wordEnd = k === encoded.length - 2;
      const adjustment = (encoded[k + 1] as number) + (wordEnd && !lastWord ? widening : 0);
      if (adjustment !== 0 || (wordEnd && lastWord)) {
        elements += `${elements ? ' ' : ''}(${run}) ${pdfNumber(-adjustment)}`;
        run = '';
      }
    }
  } while (start < text.length);
  return `[${elements}]`;
}

/**
 * The operand of TJ that shows `text` in the current face at `size`. `wordSpacing` widens
 * every space (justification); the spaces stay real glyphs, so extracted text keeps its words
 * apart. Null for text with glyph offsets (combining marks), which is left to pdfkit's text().
 */
export function glyphArray(doc: PDFKit.PDFDocument, text: string, size: number, wordSpacing = 0): string | null {
  const font = currentFont(doc);
  const { words, texts } = encodedIn(font);
  if (wordSpacing !== 0) return encodeText(font, words, text, (wordSpacing * 1000) / size);
  // Unwidened, the operand does not depend on the size.
  let array = texts.get(text);
  if (array === undefined) {
    array = encodeText(font, words, text, 0);
    texts.set(text, array);
  }
  return array;
}

/** The resource name (for Tf) of the current face, made a resource of the current page. */
export function fontResource(doc: PDFKit.PDFDocument): string {
  const font = currentFont(doc);
  const page = doc.page as unknown as PageInternals;
  page.fonts[font.id] ??= font.ref();
  return font.id;
}
