import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { FaceMetrics, MISSING_GLYPH, registerFaces } from './pdf-fonts';
import { TextSetter, type Line } from './pdf-text';
import { styledRuns } from './text';

function setter(): TextSetter {
  const doc = new PDFDocument({ margin: 0 });
  registerFaces(doc);
  return new TextSetter(doc, new FaceMetrics(doc));
}

const text = (line: Line) => line.items.map((item) => ('space' in item ? ' ' : item.text)).join('');

describe('TextSetter.wrap', () => {
  it('breaks on spaces, keeps each line within the width and indents the first', () => {
    const lines = setter().wrap(styledRuns('Закрепить Петрова Ивана Сергеевича за Ивановой Марией Петровной на период с 01.09.2025 по 31.05.2026.'), {
      size: 14,
      width: 200,
      firstIndent: 35,
    });
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[0].indent).toBe(35);
    lines.forEach((line) => expect(line.width).toBeLessThanOrEqual(200 - line.indent + 0.001));
    expect(lines.map(text).join(' ')).toBe('Закрепить Петрова Ивана Сергеевича за Ивановой Марией Петровной на период с 01.09.2025 по 31.05.2026.');
    expect(lines.at(-1)!.last).toBe(true);
    expect(lines[0].last).toBe(false);
  });

  it('cuts a 10,000-character word into lines that fit', () => {
    const lines = setter().wrap(styledRuns(`до ${'Ё'.repeat(10_000)} после`), { size: 12, width: 150 });
    expect(lines.length).toBeGreaterThan(50);
    lines.forEach((line) => expect(line.width).toBeLessThanOrEqual(150.001));
    expect(lines.map(text).join('').replace(/ /g, '')).toBe(`до${'Ё'.repeat(10_000)}после`);
  });

  it('replaces characters the font lacks and keeps mixed styles in one line', () => {
    const [line] = setter().wrap([...styledRuns('эмодзи 😀 и '), ...styledRuns('жирный', { bold: true })], { size: 14, width: 500 });
    expect(text(line)).toBe(`эмодзи ${MISSING_GLYPH} и жирный`);
    expect(line.items.filter((item) => !('space' in item) && item.face === 'B')).toHaveLength(1);
  });

  it('breaks a word wider than the line after its hyphen before cutting it, and only then', () => {
    expect(setter().wrap(styledRuns('учитель педагог-психолог'), { size: 14, width: 75 }).map(text)).toEqual(['учитель', 'педагог-', 'психолог']);
    expect(setter().wrap(styledRuns('учитель педагог-психолог'), { size: 14, width: 135 }).map(text)).toEqual(['учитель', 'педагог-психолог']);
  });

  it('gives an empty paragraph one empty line', () => {
    const lines = setter().wrap([], { size: 14, width: 100 });
    expect(lines).toHaveLength(1);
    expect(lines[0].items).toHaveLength(0);
  });
});
