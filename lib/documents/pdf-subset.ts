// The TrueType subset that pdfkit embeds in every PDF, assembled from pieces kept per face.
// fontkit's own subset decodes every glyph it includes and re-encodes all the tables field by
// field through restructure on each document: two thirds of the render of a one-page sheet,
// though the pieces (a glyph's outline bytes, its metrics, the hinting tables) are properties
// of the font file. This one writes the same bytes as fontkit's (pdf-subset.test.ts compares
// them): the same table order, the same zero checksums, glyphs numbered in order of first use
// and compound glyphs' components appended and renumbered as fontkit does.

/** What is used here of a parsed fontkit TrueType font beyond its typings. */
interface TrueTypeFont {
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  loca: { version: number; offsets: number[] };
  stream: { buffer: Uint8Array };
  _variationProcessor?: unknown;
  getGlyph(id: number): {
    advanceWidth: number;
    _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
    _getMetrics(): { leftBearing: number };
  };
  createSubset(): unknown;
}

interface GlyphPiece {
  /** The glyph's bytes in the font's glyf table, shared: copied only when components are renumbered. */
  bytes: Uint8Array;
  components: { glyphID: number; pos: number }[] | null;
  advance: number;
  bearing: number;
}

/** The tables fontkit writes into a subset, in its order. */
const TABLES = ['head', 'hhea', 'loca', 'maxp', 'cvt ', 'prep', 'glyf', 'hmtx', 'fpgm'] as const;

class FaceParts {
  private readonly glyphs = new Map<number, GlyphPiece>();
  readonly raw = new Map<string, Uint8Array>();

  constructor(readonly font: TrueTypeFont) {
    for (const tag of TABLES) {
      const entry = font.directory.tables[tag];
      if (entry) this.raw.set(tag, font.stream.buffer.subarray(entry.offset, entry.offset + entry.length));
    }
  }

  glyph(id: number): GlyphPiece {
    let piece = this.glyphs.get(id);
    if (!piece) {
      const glyph = this.font.getGlyph(id);
      const decoded = glyph._decode();
      const { offsets } = this.font.loca;
      const glyf = this.raw.get('glyf')!;
      piece = {
        bytes: glyf.subarray(offsets[id], offsets[id + 1]),
        components: decoded && decoded.numberOfContours < 0 ? (decoded.components ?? []).map(({ glyphID, pos }) => ({ glyphID, pos })) : null,
        advance: glyph.advanceWidth,
        bearing: glyph._getMetrics().leftBearing,
      };
      this.glyphs.set(id, piece);
    }
    return piece;
  }
}

/** Stands in for fontkit's TTFSubset: pdfkit calls includeGlyph while it encodes text and encode once at the end. */
export class TrueTypeSubset {
  private readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();

  constructor(private readonly parts: FaceParts) {
    this.includeGlyph(0);
  }

  includeGlyph(glyph: number | { id: number }): number {
    const id = typeof glyph === 'object' ? glyph.id : glyph;
    let index = this.mapping.get(id);
    if (index === undefined) {
      index = this.glyphs.push(id) - 1;
      this.mapping.set(id, index);
    }
    return index;
  }

  encode(): Buffer {
    const pieces: Uint8Array[] = [];
    const metrics: GlyphPiece[] = [];
    const offsets: number[] = [];
    let offset = 0;
    // Components include more glyphs as the loop goes, as in fontkit.
    for (let i = 0; i < this.glyphs.length; i++) {
      const piece = this.parts.glyph(this.glyphs[i]!);
      let bytes = piece.bytes;
      if (piece.components) {
        bytes = Uint8Array.from(bytes);
        const view = new DataView(bytes.buffer);
        for (const component of piece.components) view.setUint16(component.pos, this.includeGlyph(component.glyphID));
      }
      pieces.push(bytes);
      metrics.push(piece);
      offsets.push(offset);
      offset += bytes.length;
    }
    offsets.push(offset);
    const count = pieces.length;
    const { raw } = this.parts;
    const longLoca = this.parts.font.loca.version === 1;

    const loca = Buffer.alloc(offsets.length * (longLoca ? 4 : 2));
    offsets.forEach((o, i) => (longLoca ? loca.writeUInt32BE(o, i * 4) : loca.writeUInt16BE(o >>> 1, i * 2)));
    const hmtx = Buffer.alloc(count * 4);
    metrics.forEach((m, i) => {
      hmtx.writeUInt16BE(m.advance, i * 4);
      hmtx.writeInt16BE(m.bearing, i * 4 + 2);
    });
    const hhea = Buffer.from(raw.get('hhea')!);
    hhea.writeUInt16BE(count, 34);
    const maxp = Buffer.from(raw.get('maxp')!);
    maxp.writeUInt16BE(count, 4);
    const tables: [string, Uint8Array[]][] = [];
    for (const tag of TABLES) {
      const data =
        tag === 'loca' ? [loca] : tag === 'hmtx' ? [hmtx] : tag === 'hhea' ? [hhea] : tag === 'maxp' ? [maxp] : tag === 'glyf' ? pieces : raw.has(tag) ? [raw.get(tag)!] : null;
      if (data) tables.push([tag, data]);
    }

    // The directory as fontkit writes it: tag 'true', zero checksums, the tables back to back.
    const header = Buffer.alloc(12 + 16 * tables.length);
    header.write('true', 0, 'latin1');
    header.writeUInt16BE(tables.length, 4);
    const power = 2 ** Math.floor(Math.log2(tables.length));
    header.writeUInt16BE(power * 16, 6);
    header.writeUInt16BE(Math.log2(power), 8);
    header.writeUInt16BE(tables.length * 16 - power * 16, 10);
    let at = header.length;
    tables.forEach(([tag, data], i) => {
      const length = data.reduce((sum, d) => sum + d.length, 0);
      header.write(tag, 12 + i * 16, 'latin1');
      header.writeUInt32BE(at, 12 + i * 16 + 8);
      header.writeUInt32BE(length, 12 + i * 16 + 12);
      at += length;
    });
    return Buffer.concat([header, ...tables.flatMap(([, data]) => data)], at);
  }
}

const partsOf = new WeakMap<object, FaceParts>();

/**
 * Makes the documents that embed `font` (a parsed TrueType face shared by all documents)
 * subset it with TrueTypeSubset. Fonts it cannot stand in for (variable fonts, whose glyphs
 * fontkit re-encodes; CFF outlines) keep fontkit's subset.
 */
export function useFastSubsets(font: unknown): void {
  const tt = font as TrueTypeFont;
  if (partsOf.has(tt) || tt._variationProcessor || !tt.directory.tables.glyf || !tt.directory.tables.loca) return;
  const parts = new FaceParts(tt);
  partsOf.set(tt, parts);
  tt.createSubset = () => new TrueTypeSubset(parts);
}
