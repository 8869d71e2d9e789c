// Text as the glyphs of a document's embedded faces: the operands of the content stream's
// text operators, written here rather than by pdfkit's text(), whose per-call option handling
// and two re-measurements are most of the cost of a table. pdfkit still shapes each word
// (kerning) and keeps the font subsets that these glyph ids refer to.
import { currentFont, type EmbeddedFontInternals } from './pdf-fonts';

/** What pdfkit keeps of a page beyond its typings: the fonts its content uses. */
interface PageInternals {
  fonts: Record<string, unknown>;
}

/** A number as pdfkit writes it into content streams: at most three decimals. */
export const pdfNumber = (n: number) => String(Math.round(n * 1000) / 1000);

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
    for (const byte of [id >> 8, id & 0xff]) bytes += LITERAL_ESCAPES[byte] ?? String.fromCharCode(byte);
  }
  return bytes;
}

/**
 * Encoded words per font of a document: the subset numbers glyphs in the order the document
 * first uses them, so these cannot be shared between documents, but within one the same
 * names, positions and dates recur hundreds of times.
 */
const encodedWords = new WeakMap<EmbeddedFontInternals, Map<string, EncodedWord>>();

function encodeWord(font: EmbeddedFontInternals, word: string): EncodedWord {
  let words = encodedWords.get(font);
  if (!words) {
    words = new Map();
    encodedWords.set(font, words);
  }
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

/**
 * The operand of TJ that shows `text` in the current face at `size`. `wordSpacing` widens
 * every space (justification); the spaces stay real glyphs, so extracted text keeps its words
 * apart. Null for text with glyph offsets (combining marks), which is left to pdfkit's text().
 */
export function glyphArray(doc: PDFKit.PDFDocument, text: string, size: number, wordSpacing = 0): string | null {
  const font = currentFont(doc);
  const widening = (wordSpacing * 1000) / size;
  let elements = '';
  let run = '';
  // Shaping works word by word as in pdfkit (no kerning across a space), so words are encoded once.
  let start = 0;
  do {
    const space = text.indexOf(' ', start);
    const end = space < 0 ? text.length : space + 1;
    const encoded = encodeWord(font, text.slice(start, end));
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

/** The resource name (for Tf) of the current face, made a resource of the current page. */
export function fontResource(doc: PDFKit.PDFDocument): string {
  const font = currentFont(doc);
  const page = doc.page as unknown as PageInternals;
  page.fonts[font.id] ??= font.ref();
  return font.id;
}
