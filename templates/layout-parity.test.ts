// Two independent readers of our DOCX files. LibreOffice lays every document out: its PDF must
// have as many pages as ours and, for nine documents in ten at least, the same first line on
// every page (a DOCX that merely opens could still break its pages anywhere). mammoth reads
// the same files without any layout and must find the text our own extractor finds.
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '@/lib/documents/render';
import { docxText } from '@/tests/support/extract';
import { compareLayouts, parityDocuments, parityTable } from '@/tests/support/layout-parity';
import { skipWithoutSoffice, sofficeTitle } from '@/tests/support/soffice';

describe('our PDF and LibreOffice’s PDF of our DOCX', () => {
  it.skipIf(skipWithoutSoffice)(
    sofficeTitle('have the same pages: every page count, and every first line in at least 90 % of documents'),
    async () => {
      const parity = await compareLayouts(parityDocuments());
      const report = parityTable(parity);
      const all = Object.values(parity);
      expect(all.every((p) => p.libreOffice !== null), report).toBe(true);
      expect(
        all.filter((p) => !p.samePageCount),
        report,
      ).toEqual([]);
      const alike = all.filter((p) => p.differingPages.length === 0).length;
      expect(alike / all.length, report).toBeGreaterThanOrEqual(0.9);
    },
    300_000,
  );
});

describe('mammoth', () => {
  it('reads the text of every DOCX as our extractor does', async () => {
    for (const [name, model] of Object.entries(parityDocuments())) {
      const docx = await renderDocx(model);
      const { value, messages } = await mammoth.extractRawText({ buffer: docx });
      expect(messages, name).toEqual([]);
      const ours = (await docxText(docx)).replace(/ \| /g, ' ');
      const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
      // mammoth reads <w:softHyphen/> as U+00AD, which shows only where a line breaks.
      expect(collapse(value.replaceAll('\u00AD', '')), name).toBe(collapse(ours));
      expect(value.length, name).toBeGreaterThan(100);
    }
  }, 60_000);
});
