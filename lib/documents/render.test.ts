import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { everyBlockModel, hostileModel, longTableModel } from '@/tests/support/document-models';
import { docxText, pdfPages, pdfText } from '@/tests/support/extract';
import type { Block, DocumentModel } from './model';
import { renderDocx, renderPdf } from './render';

/** pdftotext -layout keeps words but not their spacing; compare on single spaces. */
const squeeze = (s: string) => s.replace(/\s+/g, ' ');

const EVERY_BLOCK_TEXTS = [
  'УТВЕРЖДЕНО',
  'приказом МБОУ «СОШ № 1»',
  '(МБОУ «СОШ № 1»)',
  '08.11.2024',
  '№ 181-од',
  'г. Бийск',
  'О закреплении наставнических пар (групп)',
  'В соответствии со статьёй 351.8 Трудового кодекса',
  'п р и к а з ы в а ю:',
  '2.1. Ивановой Марии Петровне — 10 %;',
  '2.2. Сидорову Петру Алексеевичу — 10 %.',
  '3. Контроль за исполнением приказа оставляю за собой.',
  '1. Общие положения',
  'Состав наставнических пар',
  'Ф.И.О. наставника',
  '1. Педагог – педагог',
  'Иванова Мария Петровна',
  'Приложение № 1',
  'к приказу от 08.11.2024 № 181-од',
  'А.Г. Мелихова',
  '(расшифровка подписи)',
  '(дата)',
  'СОГЛАСОВАНО',
  'Вторая страница.',
];

describe('renderDocx', () => {
  it('writes every block kind as text a reader finds in order', async () => {
    const text = await docxText(await renderDocx(everyBlockModel()));
    let from = 0;
    for (const expected of EVERY_BLOCK_TEXTS) {
      const at = text.indexOf(expected, from);
      expect(at, `«${expected}» after position ${from}`).toBeGreaterThanOrEqual(from);
      from = at;
    }
    expect(text).toContain('1. | Иванова Мария Петровна | Петров Иван Сергеевич | 01.09.2024 – 31.05.2025');
    expect(text).toContain('1. Закрепить Петрова Ивана Сергеевича за Ивановой Марией Петровной.');
  });

  it('numbers pages from the second one in the page header and repeats table headers', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(longTableModel(50)));
    const document = await zip.file('word/document.xml')!.async('string');
    expect(document).toContain('<w:titlePg/>');
    expect(document).toMatch(/<w:tblHeader\/>/);
    const headers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/header\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(headers.some((h) => h.includes('PAGE'))).toBe(true);
  });

  it('gives pages after the first the page-number header and the first an empty one, in a sound zip', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(everyBlockModel()), { checkCRC32: true });
    const document = await zip.file('word/document.xml')!.async('string');
    const relationships = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const header = (type: string) => {
      const id = document.match(new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"/>`))?.[1];
      const target = relationships.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1];
      return zip.file(`word/${target}`)!.async('string');
    };
    expect(await header('default')).toContain('PAGE');
    expect(await header('first')).not.toContain('PAGE');
  });

  it('lays out A4 with the ГОСТ margins and the landscape orientation', async () => {
    const portrait = await (await JSZip.loadAsync(await renderDocx(longTableModel(1)))).file('word/document.xml')!.async('string');
    expect(portrait).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(portrait).toMatch(/<w:pgMar w:top="1134" w:right="567" w:bottom="1134" w:left="1701"/);
    const landscape = await (await JSZip.loadAsync(await renderDocx({ ...longTableModel(1), orientation: 'landscape', leftMarginMm: 20 })))
      .file('word/document.xml')!
      .async('string');
    expect(landscape).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    expect(landscape).toMatch(/w:left="1134"/);
  });

  it('gives each document its own title and images in the package docx wrote once for its image set', async () => {
    const emblem = readFileSync(path.join(process.cwd(), 'tests/fixtures/images/emblem.png'));
    const image = (bytes: Uint8Array): Block => ({ kind: 'image', format: 'png', bytes, widthMm: 20, heightMm: 20 });
    const changed = Uint8Array.from(emblem);
    changed[changed.length - 1] ^= 1;
    const packages = await Promise.all(
      [
        { title: 'Приказ <№ 1> & «Ко»', blocks: [] },
        { title: 'Положение', blocks: [image(emblem)] },
        { title: 'Другой бланк', blocks: [image(Uint8Array.from(emblem))] },
        { title: 'Третий бланк', blocks: [image(changed)] },
        { title: 'Без бланка', blocks: [] },
      ].map(async (model) => JSZip.loadAsync(await renderDocx(model), { checkCRC32: true })),
    );
    const titles = await Promise.all(packages.map((zip) => zip.file('docProps/core.xml')!.async('string')));
    expect(titles.map((core) => core.match(/<dc:title>(.*)<\/dc:title>/)?.[1])).toEqual([
      // cleanText ties «№» to its number, as before.
      'Приказ &lt;№\u00A01&gt; &amp; «Ко»',
      'Положение',
      'Другой бланк',
      'Третий бланк',
      'Без бланка',
    ]);
    for (const core of titles) expect(core).toMatch(/<dcterms:created xsi:type="dcterms:W3CDTF">\d{4}-\d\d-\d\dT[\d:.]+Z<\/dcterms:created>/);
    const media = await Promise.all(
      packages.map((zip) => Promise.all(zip.file(/^word\/media\//).map((file) => file.async('uint8array').then((bytes) => Buffer.from(bytes))))),
    );
    expect(media.map((files) => files.length)).toEqual([0, 1, 1, 1, 0]);
    expect(media[1]![0]!.equals(emblem) && media[2]![0]!.equals(emblem)).toBe(true);
    expect(media[3]![0]!.equals(Buffer.from(changed))).toBe(true);
  });

  it('turns hostile strings into a valid document', async () => {
    const buf = await renderDocx(hostileModel());
    const text = await docxText(buf);
    for (const expected of ['<&>"\' </w:t></w:r><script>', 'control chars', 'and CR', 'emoji 😀', 'Ё'.repeat(10_000)]) {
      expect(text.includes(expected), expected.slice(0, 30)).toBe(true);
    }
    const xml = await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(xml).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('renderPdf', () => {
  it('draws every block kind as extractable text', async () => {
    const text = squeeze(await pdfText(await renderPdf(everyBlockModel())));
    for (const expected of EVERY_BLOCK_TEXTS) expect(text).toContain(expected);
  });

  it('puts page numbers on the pages after the first', async () => {
    const pages = await pdfPages(await renderPdf(everyBlockModel()));
    expect(pages).toHaveLength(2);
    expect(pages[0]).not.toMatch(/^\s*1\s*$/m);
    expect(pages[1].trimStart().split('\n')[0].trim()).toBe('2');
    const second = await pdfText(await renderPdf(everyBlockModel()), { first: 2, last: 2 });
    expect(second.trimStart().startsWith('2')).toBe(true);
  });

  it('continues a 500-row table over many pages with the header on each', async () => {
    const pages = await pdfPages(await renderPdf(longTableModel(500)));
    expect(pages.length).toBeGreaterThan(10);
    pages.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toMatch(/Наставник\s+Наставляемый\s+Форма\s+Срок/);
      if (i > 0) expect(page.trimStart().split('\n')[0].trim(), `number of page ${i + 1}`).toBe(String(i + 1));
    });
    const all = squeeze(pages.join(' '));
    for (const n of [1, 250, 500]) expect(all.includes(`Наставникова-${n} `), `row ${n}`).toBe(true);
  });

  it('turns hostile strings into a valid PDF, with glyphs the font lacks replaced', async () => {
    const buf = await renderPdf(hostileModel());
    const text = squeeze(await pdfText(buf));
    for (const expected of ['<&>"\' </w:t></w:r><script>', 'emoji ?', 'ЁЁЁЁЁЁЁЁЁЁ']) expect(text.includes(expected), expected).toBe(true);
    expect((text.match(/Ё/g) ?? []).length).toBeGreaterThanOrEqual(10_000);
  });

  it('keeps text intact whatever bytes its glyph ids are written as', async () => {
    // Over 92 glyphs of one face, so that the subset's ids include the bytes of «(», «)», «\», CR and LF.
    const words = ['АБВГДЕЁЖЗИЙКЛМНОП', 'РСТУФХЦЧШЩЪЫЬЭЮЯ', 'абвгдеёжзийклмноп', 'рстуфхцчшщъыьэюя', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz', '0123456789', '()\\[]{}<>«»–—№%'].join(' ');
    const text = squeeze(await pdfText(await renderPdf({ title: '', blocks: [{ kind: 'paragraph', runs: [words] }] })));
    expect(text).toContain(words);
  });

  it('keeps Latin letters extractable after a document with the Cyrillic letters built from them', async () => {
    const paragraph = (text: string): DocumentModel => ({ title: '', blocks: [{ kind: 'paragraph', runs: [text] }] });
    await renderPdf(paragraph('АВСЕНКМОРТХ асеорху'));
    const text = squeeze(await pdfText(await renderPdf(paragraph('ABCEHKMOPTX acopxy, e-mail: school1@biysk.example'))));
    expect(text).toContain('ABCEHKMOPTX acopxy, e-mail: school1@biysk.example');
  });

  it('never leaves a heading at the foot of a page with its table on the next', async () => {
    const table: Block = {
      kind: 'table',
      columns: [{ header: 'Мероприятие', width: 3 }, { header: 'Срок', width: 1 }],
      rows: [{ cells: [Array.from({ length: 40 }, (_, i) => `пункт${i}`).join(' '), 'май'] }],
    };
    // Every position of the heading from the top of the page to its foot.
    for (let lines = 30; lines <= 44; lines++) {
      const filler = Array.from({ length: lines }, (_, i) => `строка ${i + 1}`).join('\n');
      const blocks: Block[] = [{ kind: 'paragraph', runs: [filler] }, { kind: 'heading', text: 'План мероприятий' }, table];
      const pages = await pdfPages(await renderPdf({ title: '', blocks }));
      const withHeading = pages.findIndex((page) => page.includes('План мероприятий'));
      expect(pages[withHeading], `after ${lines} lines`).toContain('Мероприятие');
    }
  });

  it('renders an empty document as one blank page', async () => {
    const pages = await pdfPages(await renderPdf({ title: '', blocks: [] }));
    expect(pages).toHaveLength(1);
    const docx = await docxText(await renderDocx({ title: '', blocks: [] }));
    expect(docx.trim()).toBe('');
  });
});
