import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { pageGeometry } from '@/lib/documents/layout';
import type { Block, DocumentModel } from '@/lib/documents/model';
import { wantsLandscape } from '@/lib/documents/orientation';
import { renderDocx, renderPdf } from '@/lib/documents/render';
import { mentorListOrder } from '@/templates/mentor-list-order';
import { pairOrder } from '@/templates/pair-order';
import { pdfPages } from '@/tests/support/extract';

/** Each page's [width, height] in points, from the PDF's MediaBoxes (pdfkit writes one per page). */
const pageSizes = (pdf: Buffer) =>
  [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);

const sectionsOf = async (docx: Buffer) => {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:sectPr>(.*?)<\/w:sectPr>/g)].map((m) => m[1]!);
};

const wide: Extract<Block, { kind: 'table' }> = {
  kind: 'table',
  columns: ['№ п/п', 'Ф.И.О. наставника', 'Должность', 'Ф.И.О. наставляемого', 'Должность', 'Форма наставничества', 'Срок реализации ППН'].map((header) => ({ header, width: 1 })),
  rows: [{ cells: ['1.', 'Константинопольская Мария Петровна', 'заместитель директора', 'Преображенский Иван Сергеевич', 'учитель информатики', 'педагог – педагог', '01.10.2025 – 31.05.2026'] }],
};

const PORTRAIT = [595, 842];
const LANDSCAPE = [842, 595];

describe('landscape pages', { timeout: 60_000 }, () => {
  it('turn the pages after a page break with orientation, numbers continuing, in both formats', async () => {
    const model: DocumentModel = {
      title: 'Приказ',
      leftMarginMm: 30,
      blocks: [
        { kind: 'paragraph', runs: ['Первая страница.'] },
        { kind: 'pageBreak' },
        { kind: 'paragraph', runs: ['Вторая страница.'] },
        { kind: 'pageBreak', orientation: 'landscape' },
        { kind: 'paragraph', runs: ['Третья страница, альбомная.'] },
        wide,
      ],
    };
    const [docx, pdf] = await Promise.all([renderDocx(model), renderPdf(model)]);
    expect(pageSizes(pdf)).toEqual([PORTRAIT, PORTRAIT, LANDSCAPE]);
    const pages = await pdfPages(pdf);
    expect(pages[2]).toMatch(/^\s*3\s/);
    expect(pages[2]).toContain('Третья страница, альбомная.');

    const [portrait, landscape] = await sectionsOf(docx);
    expect(portrait).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(portrait).toContain('<w:titlePg/>');
    // The landscape section swaps the page size; its first page keeps its number, which goes on from the portrait pages.
    expect(landscape).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(landscape).not.toContain('<w:titlePg/>');
    expect(landscape).not.toContain('pgNumType');
  });

  it('are wanted by a table of seven columns whose words would be cut on a portrait page, not by a narrower one', () => {
    const portrait = pageGeometry({ title: '', leftMarginMm: 30, blocks: [] });
    expect(wantsLandscape(wide, portrait)).toBe(true);
    const six = { ...wide, columns: wide.columns.slice(0, 6), rows: [{ cells: (wide.rows[0] as { cells: string[] }).cells.slice(0, 6) }] };
    expect(wantsLandscape(six, portrait)).toBe(false);
    expect(wantsLandscape(wide, pageGeometry({ title: '', orientation: 'landscape', blocks: [] }))).toBe(false);
  });

  it('carry the pair-order annex; an annex of five columns stays portrait', async () => {
    const order = pairOrder.build(pairOrder.schema.parse(pairOrder.example));
    const sizes = pageSizes(await renderPdf(order));
    expect(sizes[0]).toEqual(PORTRAIT);
    expect(sizes.at(-1)).toEqual(LANDSCAPE);
    const docxSections = await sectionsOf(await renderDocx(order));
    expect(docxSections).toHaveLength(2);
    expect(docxSections[1]).toContain('w:orient="landscape"');

    const list = mentorListOrder.build(mentorListOrder.schema.parse(mentorListOrder.example));
    expect(pageSizes(await renderPdf(list)).every((size) => size[0] === PORTRAIT[0])).toBe(true);
    expect(await sectionsOf(await renderDocx(list))).toHaveLength(1);
  });
});
