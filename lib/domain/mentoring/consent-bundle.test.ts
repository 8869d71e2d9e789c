// The consents bundle prints many forms in one file: each form numbers its own pages (its first
// page unnumbered, then 2, 3 …), in our PDF and in LibreOffice's PDF of the DOCX, instead of a
// person's form starting on page 34 of 35.
import { describe, expect, it } from 'vitest';
import { renderDocx, renderPdf } from '@/lib/documents/render';
import { pdfPages } from '@/tests/support/extract';
import { exampleModel } from '@/tests/support/layout-parity';
import { convertToPdf, skipWithoutSoffice, sofficeTitle } from '@/tests/support/soffice';
import { concatModels } from './consent-forms';

const FORMS = ['consent-personal-data', 'consent-mentor', 'additional-agreement', 'consent-personal-data'] as const;

/** The number printed at the top of each page, or '' where there is none. */
const pageNumbers = (pages: string[]) => pages.map((page) => /^\s*(\d+)\s*$/m.exec(page.split('\n').find((line) => line.trim()) ?? '')?.[1] ?? '');

describe('a bundle of forms', () => {
  it.skipIf(skipWithoutSoffice)(
    sofficeTitle('numbers the pages of each form from 1, in our PDF and in LibreOffice’s'),
    async () => {
      const models = FORMS.map(exampleModel);
      const lengths = await Promise.all(models.map(async (model) => (await pdfPages(await renderPdf(model))).length));
      expect(lengths.some((n) => n > 1)).toBe(true);
      const expected = lengths.flatMap((n) => Array.from({ length: n }, (_, i) => (i === 0 ? '' : String(i + 1))));
      const bundle = concatModels('Согласия', models);
      const { d: libreOffice } = await convertToPdf({ d: await renderDocx(bundle) });
      expect(pageNumbers(await pdfPages(await renderPdf(bundle)))).toEqual(expected);
      expect(pageNumbers(await pdfPages(libreOffice!))).toEqual(expected);
    },
    120_000,
  );
});
