import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '@/lib/documents/model';
import { pdfText } from '@/tests/support/extract';
import { renderPdf } from './pdf';
import { shapingCacheSize } from './pdf-fonts';

/** A surname no other document has: digits spelled as letters, since names are letters only. */
const surname = (n: number) => `Иванов${[...String(n)].map((d) => 'абвгдежзик'[Number(d)]).join('')}`;

/** A sheet-like list of `rows` people, every surname its own. */
function namesModel(doc: number, rows: number): DocumentModel {
  return {
    title: `Список ${doc}`,
    blocks: [
      { kind: 'title', text: 'Список работников' },
      {
        kind: 'table',
        columns: [
          { header: '№ п/п', width: 1, align: 'center' },
          { header: 'Ф.И.О.', width: 5 },
        ],
        rows: Array.from({ length: rows }, (_, i) => ({ cells: [`${i + 1}.`, `${surname(doc * 1000 + i)} Мария Петровна`] })),
      },
    ],
  };
}

describe('the shaping caches shared by documents', () => {
  it('keep a bounded number of words over documents full of names seen once, and set them as before', { timeout: 60_000 }, async () => {
    const docs = 16;
    const rows = 200;
    for (let d = 0; d < docs; d++) {
      const pdf = await renderPdf(namesModel(d, rows));
      // 3,200 surnames are shaped in all; an entry costs kilobytes, so a few thousand at most are
      // kept (dropped before a document once over 2,000: one document's words may come on top).
      expect(shapingCacheSize()).toBeLessThanOrEqual(2_000 + rows + 50);
      if (d === docs - 1) {
        const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
        expect(text).toContain(`1. ${surname(d * 1000)} Мария Петровна`);
        expect(text).toContain(`${rows}. ${surname(d * 1000 + rows - 1)} Мария Петровна`);
      }
    }
  });
});
