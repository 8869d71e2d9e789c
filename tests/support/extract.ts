// Text extraction from rendered documents, for tests that assert on what a reader sees.
//
// docxText: the body of word/document.xml, one line per paragraph. A table row is one line
// whose cells are joined by ' | ' (paragraphs inside a cell are joined by a space), so a
// test can look for '1. | Иванова М.П. | МБОУ «СОШ № 1»'. Page headers are not included.
//
// pdfText / pdfPages: `pdftotext -layout -enc UTF-8`, i.e. text laid out roughly as on the
// page; pdfPages splits it into pages (pdftotext ends each page with a form feed).
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';

const run = promisify(execFile);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[name] ?? whole;
  });
}

/**
 * Walks the WordprocessingML tags that carry text and structure. Paragraph properties are
 * skipped because their <w:tab> elements are tab stops, not tab characters.
 */
const TOKEN =
  /<w:(tbl|tr|tc|p|pPr)(?=[\s>/])[^>]*>|<\/w:(tbl|tr|tc|p|pPr)>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)(?=[\s>/])[^>]*>/g;

function documentXmlToText(xml: string): string {
  const lines: string[] = [];
  const rows: string[][] = [];
  const cells: string[][] = [];
  let paragraph = null as string | null;
  let inParagraphProps = false;

  const emit = (text: string) => {
    const cell = cells.at(-1);
    if (cell) cell.push(text);
    else lines.push(text);
  };
  const openTag = (tag: string) => {
    if (tag === 'pPr') inParagraphProps = true;
    else if (tag === 'p') paragraph = '';
    else if (tag === 'tr') rows.push([]);
    else if (tag === 'tc') cells.push([]);
  };
  const closeTag = (tag: string) => {
    if (tag === 'pPr') inParagraphProps = false;
    else if (tag === 'p') {
      emit(paragraph ?? '');
      paragraph = null;
    } else if (tag === 'tr') emit((rows.pop() ?? []).join(' | '));
    else if (tag === 'tc') rows.at(-1)?.push((cells.pop() ?? []).filter(Boolean).join(' '));
  };

  for (const [whole, open, close, textContent, special] of xml.matchAll(TOKEN)) {
    if (open) {
      openTag(open);
      if (whole.endsWith('/>')) closeTag(open);
    } else if (close) closeTag(close);
    else if (paragraph === null || inParagraphProps) continue;
    else if (textContent !== undefined) paragraph += decodeXml(textContent);
    else if (special) paragraph += special === 'tab' ? '\t' : '\n';
  }
  return lines.join('\n');
}

export async function docxText(buf: Buffer | Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const file = zip.file('word/document.xml');
  if (!file) throw new Error('word/document.xml is missing: not a DOCX file');
  // A reader sees a no-break space as a space.
  return documentXmlToText(await file.async('string')).replace(/\u00A0/g, ' ');
}

/** Text of a PDF (or of pages first..last, 1-based) as pdftotext lays it out. */
export async function pdfText(buf: Buffer | Uint8Array, pages?: { first?: number; last?: number }): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pdftext-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    await writeFile(file, buf);
    const range = [
      ...(pages?.first ? ['-f', String(pages.first)] : []),
      ...(pages?.last ? ['-l', String(pages.last)] : []),
    ];
    const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', ...range, file, '-'], {
      maxBuffer: 256 * 1024 * 1024,
    });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One string per page. */
export async function pdfPages(buf: Buffer | Uint8Array): Promise<string[]> {
  const pages = (await pdfText(buf)).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}
