import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { useFastSubsets } from './pdf-subset';

const requireFromRoot = createRequire(path.join(process.cwd(), 'package.json'));
const FACES = ['400Regular/Tinos_400Regular.ttf', '700Bold/Tinos_700Bold.ttf', '400Regular_Italic/Tinos_400Regular_Italic.ttf'];

interface Subset {
  includeGlyph(id: number): number;
  encode(): Uint8Array;
}
interface Font {
  createSubset(): Subset;
  glyphsForString(s: string): { id: number }[];
  getGlyph(id: number): { _decode(): { numberOfContours: number } | null };
}

/** A face parsed by fontkit as pdfkit parses it, a fresh instance on each call. */
function parse(bytes: Buffer): Font {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont('face', bytes);
  doc.font('face');
  return (doc as unknown as { _font: { font: Font } })._font.font;
}

/** A deterministic shuffle, so that glyphs are included out of id order as text includes them. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('the TrueType subset', () => {
  for (const face of FACES) {
    const bytes = readFileSync(requireFromRoot.resolve(`@expo-google-fonts/tinos/${face}`));
    const reference = parse(bytes);
    const fast = parse(bytes);
    useFastSubsets(fast);

    it(`writes the bytes fontkit writes (${face})`, () => {
      // Cyrillic with «Ё» and «й» (compound glyphs built of others), Latin, digits, signs, and glyphs beyond any text.
      const text = 'Лист ознакомления: Ёлкина Йодова Щукина № 1-од от 01.09.2026 «СОШ» — Ivanova M.P. §%&';
      const sets = [
        reference.glyphsForString(text).map((g) => g.id),
        shuffled(Array.from({ length: 400 }, (_, i) => i), 7),
        shuffled(Array.from({ length: 3000 }, (_, i) => i), 11).slice(0, 900),
        [],
      ];
      let compound = 0;
      for (const ids of sets) {
        const a = reference.createSubset();
        const b = fast.createSubset();
        expect(a.constructor.name).not.toBe('TrueTypeSubset');
        expect(b.constructor.name).toBe('TrueTypeSubset');
        for (const id of ids) expect(b.includeGlyph(id)).toBe(a.includeGlyph(id));
        const expected = Buffer.from(a.encode());
        const actual = Buffer.from(b.encode());
        expect(actual.length).toBe(expected.length);
        expect(actual.equals(expected)).toBe(true);
        compound += ids.filter((id) => reference.getGlyph(id)._decode()?.numberOfContours === -1).length;
      }
      expect(compound).toBeGreaterThan(0);
      // A subset made again from cached pieces is the same.
      const again = fast.createSubset();
      for (const id of sets[0]!) again.includeGlyph(id);
      const first = reference.createSubset();
      for (const id of sets[0]!) first.includeGlyph(id);
      expect(Buffer.from(again.encode()).equals(Buffer.from(first.encode()))).toBe(true);
    });
  }
});
