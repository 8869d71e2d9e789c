// The Tinos faces embedded in every PDF (metric-compatible with Times New Roman, which the
// DOCX asks for, so both formats break lines and pages alike): files read once per process,
// text measured once per word and face (the measurements are properties of the font files,
// so they are shared by all documents), and characters the faces lack replaced so that
// nothing crashes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { useFastSubsets } from './pdf-subset';

export type FaceKey = 'R' | 'B' | 'I' | 'BI';

const FACE_FILES: Record<FaceKey, string> = {
  R: '400Regular/Tinos_400Regular.ttf',
  B: '700Bold/Tinos_700Bold.ttf',
  I: '400Regular_Italic/Tinos_400Regular_Italic.ttf',
  BI: '700Bold_Italic/Tinos_700Bold_Italic.ttf',
};

export function faceKey(bold: boolean, italic: boolean): FaceKey {
  return bold ? (italic ? 'BI' : 'B') : italic ? 'I' : 'R';
}

let faceBuffers: Record<FaceKey, Buffer> | null = null;

function loadFaces(): Record<FaceKey, Buffer> {
  if (!faceBuffers) {
    // Resolved from the project root rather than this file, which a bundler may have moved.
    const requireFromRoot = createRequire(path.join(process.cwd(), 'package.json'));
    const load = (file: string) => readFileSync(requireFromRoot.resolve(`@expo-google-fonts/tinos/${file}`));
    faceBuffers = { R: load(FACE_FILES.R), B: load(FACE_FILES.B), I: load(FACE_FILES.I), BI: load(FACE_FILES.BI) };
  }
  return faceBuffers;
}

/**
 * What pdfkit keeps of the current face, beyond its typings: the parsed (fontkit) font and
 * the per-word shaping cache. Both depend only on the font file, so they are shared by all
 * documents: parsing and shaping are most of the cost of a PDF otherwise. The font's id,
 * subset encoding and reference are the document's own (pdf-glyphs.ts).
 */
export interface EmbeddedFontInternals {
  id: string;
  font: {
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): unknown;
    characterSet: number[];
    glyphForCodePoint(codePoint: number): unknown;
  };
  layoutCache?: Record<string, unknown>;
  ref(): unknown;
  encode(text: string): [string[], GlyphPosition[]];
}

/** Glyph placement in thousandths of the font size, as pdfkit's encode returns it. */
interface GlyphPosition {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}

const parsedFaces: Partial<Record<FaceKey, EmbeddedFontInternals['font']>> = {};
const newShapingCaches = (): Record<FaceKey, Record<string, unknown>> => ({
  R: Object.create(null),
  B: Object.create(null),
  I: Object.create(null),
  BI: Object.create(null),
});
let shapingCaches = newShapingCaches();
/**
 * Words kept shaped per face. An entry is fontkit's whole glyph run, about 3.5 KB, and most
 * words of a sheet are people's names, seen once: the district's archive of 2,000 sheets of 30
 * heads shaped 60,000 of them, 200 MB at the old bound of 100,000 a face. A document's own
 * vocabulary is a few hundred words, so caches dropped when full are refilled within one.
 */
const SHAPING_CACHE_LIMIT = 2_000;

/** Words shaped in earlier documents stay cached, up to a bound checked before each document. */
function trimShapingCaches(): void {
  if (Object.values(shapingCaches).some((cache) => Object.keys(cache).length > SHAPING_CACHE_LIMIT)) shapingCaches = newShapingCaches();
}

/** Entries of the largest shaping cache (tests check the bound). */
export const shapingCacheSize = () => Math.max(...Object.values(shapingCaches).map((cache) => Object.keys(cache).length));

export function registerFaces(doc: PDFKit.PDFDocument): void {
  const buffers = loadFaces();
  trimShapingCaches();
  for (const key of Object.keys(buffers) as FaceKey[]) {
    // pdfkit accepts a parsed fontkit font in place of the file's bytes.
    doc.registerFont(key, (parsedFaces[key] ?? buffers[key]) as PDFKit.Mixins.PDFFontSource);
  }
}

export const currentFont = (doc: PDFKit.PDFDocument) => (doc as unknown as { _font: EmbeddedFontInternals })._font;

/**
 * fontkit caches a glyph with the characters it was first looked up for, and pdfkit maps a
 * glyph back to text (ToUnicode) from them. The faces build Cyrillic «А», «С», «о» … from the
 * Latin glyphs, so subsetting a Cyrillic letter cached its Latin component with no character,
 * and every later document sharing the parsed face drew Latin «A», «C», «o» that copied and
 * extracted as nothing. Looking every character up once, first, gives each glyph its own.
 */
function giveGlyphsTheirCharacters(font: EmbeddedFontInternals['font']): void {
  for (const codePoint of font.characterSet) font.glyphForCodePoint(codePoint);
}

/** Makes `face` the current font of `doc`, sharing its parsed font and shaping cache. */
export function useFace(doc: PDFKit.PDFDocument, face: FaceKey): void {
  doc.font(face);
  const font = currentFont(doc);
  if (!parsedFaces[face]) {
    parsedFaces[face] = font.font;
    giveGlyphsTheirCharacters(font.font);
    // Later documents embed subsets assembled from pieces of this face kept across them.
    useFastSubsets(font.font);
  }
  if (font.layoutCache && font.layoutCache !== shapingCaches[face]) font.layoutCache = shapingCaches[face];
}

/** Width of a string at 1 pt, per face; bounded (about 150 bytes an entry) so a stream of names cannot grow it for long. */
const widthCache: Record<FaceKey, Map<string, number>> = { R: new Map(), B: new Map(), I: new Map(), BI: new Map() };
const glyphCache: Record<FaceKey, Map<number, boolean>> = { R: new Map(), B: new Map(), I: new Map(), BI: new Map() };
const WIDTH_CACHE_LIMIT = 20_000;

/** Characters every face has: Latin-1, Cyrillic and common punctuation. */
const SURELY_PRESENT = /^[\u0020-\u007E\u00A0-\u00FF\u0401-\u045F\u2013\u2014\u2018-\u201E\u2026\u2116]*$/;

export const MISSING_GLYPH = '?';

export class FaceMetrics {
  constructor(private readonly doc: PDFKit.PDFDocument) {}

  private select(face: FaceKey): void {
    useFace(this.doc, face);
  }

  /** The text with every character the face cannot draw replaced by '?'. */
  drawable(face: FaceKey, text: string): string {
    if (SURELY_PRESENT.test(text)) return text;
    const known = glyphCache[face];
    let out = '';
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      let present = known.get(codePoint);
      if (present === undefined) {
        this.select(face);
        present = currentFont(this.doc).font.hasGlyphForCodePoint(codePoint);
        known.set(codePoint, present);
      }
      out += present ? char : MISSING_GLYPH;
    }
    return out;
  }

  /** Width of `text` (already drawable) in points at `size`. */
  width(face: FaceKey, text: string, size: number): number {
    const cache = widthCache[face];
    let unit = cache.get(text);
    if (unit === undefined) {
      this.select(face);
      unit = this.doc.fontSize(1).widthOfString(text);
      if (cache.size >= WIDTH_CACHE_LIMIT) cache.clear();
      cache.set(text, unit);
    }
    return unit * size;
  }
}

let measuring: FaceMetrics | null = null;

/**
 * Width in points of `word` set in the regular or bold face at `size`, outside any PDF: the
 * DOCX's table columns are fitted with it too, since its Times New Roman has these metrics.
 */
export function wordWidth(word: string, bold: boolean, size: number): number {
  if (!measuring) {
    const doc = new PDFDocument({ autoFirstPage: false });
    registerFaces(doc);
    measuring = new FaceMetrics(doc);
  }
  const face = bold ? 'B' : 'R';
  return measuring.width(face, measuring.drawable(face, word), size);
}
