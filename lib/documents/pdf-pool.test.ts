import { describe, expect, it, vi } from 'vitest';
import { everyBlockModel, hostileModel, longTableModel } from '@/tests/support/document-models';
import { pdfText } from '@/tests/support/extract';
import { renderPdf } from './pdf';
import { PdfPool } from './pdf-pool';

const squeeze = (s: string) => s.replace(/\s+/g, ' ');
const models = () => [everyBlockModel(), longTableModel(60), hostileModel(), everyBlockModel()];

describe('the PDF pool', () => {
  it('renders on worker threads the files this thread renders', { timeout: 120_000 }, async () => {
    const pool = new PdfPool(2);
    try {
      const pdfs = await Promise.all(models().map((m) => pool.render(m)));
      expect(pool.onWorkers).toBe(true);
      for (const [i, model] of models().entries()) {
        expect(pdfs[i]!.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(squeeze(await pdfText(pdfs[i]!))).toBe(squeeze(await pdfText(await renderPdf(model))));
      }
    } finally {
      await pool.close();
    }
  });

  it('renders on this thread when its workers cannot start', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const pool = new PdfPool(2, () => {
      throw new Error('no threads here');
    });
    const pdf = await pool.render(everyBlockModel());
    expect(pool.onWorkers).toBe(false);
    expect(squeeze(await pdfText(pdf))).toBe(squeeze(await pdfText(await renderPdf(everyBlockModel()))));
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });
});
