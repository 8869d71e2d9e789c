import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { TINOS_RANGES, unprintable } from './font-coverage';
import { currentFont, type FaceKey, registerFaces, useFace } from './pdf-fonts';

/** The ranges of code points from U+0020 that every face the PDF embeds maps to a glyph, read from its cmap. */
function rangesOfFaces(): number[] {
  const doc = new PDFDocument({ autoFirstPage: false });
  registerFaces(doc);
  const sets = (['R', 'B', 'I', 'BI'] as FaceKey[]).map((face) => {
    useFace(doc, face);
    return new Set(currentFont(doc).font.characterSet);
  });
  const common = [...sets[0]].filter((c) => c >= 0x20 && sets.every((s) => s.has(c))).sort((a, b) => a - b);
  const ranges: number[] = [];
  for (const c of common) {
    if (ranges.length && ranges[ranges.length - 1] === c - 1) ranges[ranges.length - 1] = c;
    else ranges.push(c, c);
  }
  return ranges;
}

describe('TINOS_RANGES', () => {
  it('is the cmap every embedded face shares', () => {
    expect([...TINOS_RANGES]).toEqual(rangesOfFaces());
  });
});

describe('unprintable', () => {
  it('accepts Russian text, typography and Latin', () => {
    expect(unprintable('МБОУ «СОШ № 1» — учитель\u00A0математики, ст. 351.8 ТК РФ; José, Ærø…\n\tвторая строка')).toBeNull();
    expect(unprintable('Ёлкина Ё.Ё., 5 %, 10 ‰, €, ₽, ½')).toBeNull();
  });

  it('names a character no face draws: emoji, CJK, Arabic', () => {
    expect(unprintable('учитель 😀')).toBe('символ «😀» нельзя напечатать в документе');
    expect(unprintable('漢字')).toBe('символ «漢» нельзя напечатать в документе');
    expect(unprintable('مرحبا')).toBe('символ «م» нельзя напечатать в документе');
  });

  it('refuses right-to-left Hebrew, which the PDF would set left to right', () => {
    expect(unprintable('שלום')).toBe('символ «ש» (письмо справа налево) нельзя напечатать в документе');
  });

  it('refuses invisible format characters the font happens to have', () => {
    expect(unprintable('Иванов\u202Eвонави')).toBe('невидимый символ U+202E (управление направлением текста) недопустим');
    expect(unprintable('a\u2066b')).toBe('невидимый символ U+2066 (управление направлением текста) недопустим');
    expect(unprintable('a\u200Bb')).toBe('невидимый символ U+200B (пробел нулевой ширины) недопустим');
    expect(unprintable('\uFEFFтекст')).toBe('невидимый символ U+FEFF (метка порядка байтов) недопустим');
    expect(unprintable('a\u200Fb')).toBe('невидимый символ U+200F (метка направления текста) недопустим');
    expect(unprintable('a\u2028b')).toBe('невидимый символ U+2028 (разделитель строк) недопустим');
  });
});
