// No word is cut without a hyphen: the pair order with the long forms and positions schools
// write in full, read back from our PDF and from LibreOffice's PDF of our DOCX. Every word of
// the printed text must be a word of the document, or the two halves of one hyphenated at a
// line end («образователь-» + «ной»); a cut («наставничес» + «тва») is neither.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { renderDocx, renderPdf } from '@/lib/documents/render';
import { longValuesPairOrderModel } from '@/tests/support/document-models';
import { docxText } from '@/tests/support/extract';
import { convertToPdf, skipWithoutSoffice, sofficeTitle } from '@/tests/support/soffice';

const LETTERS = /\p{L}+/gu;

/** pdftotext in content-stream order: a table cell's lines one after another. */
async function rawText(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'hyphen-'));
  try {
    await writeFile(path.join(dir, 'doc.pdf'), pdf);
    const { stdout } = await promisify(execFile)('pdftotext', ['-raw', '-enc', 'UTF-8', path.join(dir, 'doc.pdf'), '-'], { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The words of `printed` that are not words of the document, and how many were hyphenated. */
function cutWords(printed: string, words: Set<string>): { cut: string[]; hyphenated: string[] } {
  const tokens = printed.split(/\s+/).filter(Boolean);
  const cut: string[] = [];
  const hyphenated: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const parts = (tokens[i]!.match(LETTERS) ?? []).map((w) => w.toLowerCase());
    const last = parts.at(-1);
    if (last && /\p{L}-$/u.test(tokens[i]!)) {
      const rest = tokens[i + 1]?.match(LETTERS)?.[0]?.toLowerCase() ?? '';
      // «на-» + «ставничества»: a half may be a word by itself («на»), the other is not.
      if (words.has(last + rest) && !(words.has(last) && words.has(rest))) {
        hyphenated.push(`${last}-${rest}`);
        parts.pop();
        tokens[i + 1] = tokens[i + 1]!.replace(LETTERS, (w) => (w.toLowerCase() === rest ? '' : w));
      }
    }
    for (const part of parts) if (!words.has(part)) cut.push(tokens[i]!);
  }
  return { cut, hyphenated };
}

describe('hyphenation', () => {
  it.skipIf(skipWithoutSoffice)(
    sofficeTitle('the pair-order annex with long values: no word cut without a hyphen, in our PDF and in LibreOffice’s'),
    async () => {
      // Kept on portrait pages: the annex would go landscape (orientation.ts), and this test is about the columns too narrow for their words.
      const landscape = longValuesPairOrderModel();
      const model = { ...landscape, blocks: landscape.blocks.map((b) => (b.kind === 'pageBreak' ? { kind: 'pageBreak' as const } : b)) };
      const [docx, pdf] = await Promise.all([renderDocx(model), renderPdf(model)]);
      const words = new Set([...(await docxText(docx)).matchAll(LETTERS)].map(([w]) => w.toLowerCase()));
      const { d: libreOffice } = await convertToPdf({ d: docx });
      for (const [reader, bytes] of [
        ['ours', pdf],
        ['LibreOffice', libreOffice!],
      ] as const) {
        const printed = await rawText(bytes);
        const { cut, hyphenated } = cutWords(printed, words);
        expect(cut, reader).toEqual([]);
        // The narrow columns do hyphenate, or the test would prove nothing.
        expect(hyphenated.length, reader).toBeGreaterThan(5);
        expect(hyphenated, reader).toContain('образователь-ной');
        expect(printed.split('\n'), reader).toContain('№ п/п');
      }
    },
    120_000,
  );
});
