// Every template's example, rendered to DOCX, opens in LibreOffice: one headless run converts
// them all to PDF and each PDF carries its document's title.
import { describe, expect, it } from 'vitest';
import { renderDocx } from '@/lib/documents/render';
import { pdfText } from '@/tests/support/extract';
import { convertToPdf, skipWithoutSoffice, sofficeTitle } from '@/tests/support/soffice';
import { getTemplate, templateNames } from './registry';

describe('every template in LibreOffice', () => {
  it.skipIf(skipWithoutSoffice)(
    sofficeTitle(`LibreOffice converts the DOCX of all ${templateNames().length} templates`),
    async () => {
      const titles: Record<string, string> = {};
      const docs: Record<string, Buffer> = {};
      for (const name of templateNames()) {
        const template = getTemplate(name);
        const model = template.build(template.schema.parse(template.example));
        titles[name] = model.title;
        docs[name] = await renderDocx(model);
      }
      const pdfs = await convertToPdf(docs);
      expect(Object.keys(pdfs).sort()).toEqual(templateNames());
      for (const name of templateNames()) {
        const text = (await pdfText(pdfs[name]!)).replace(/\s+/g, ' ');
        // The title's first words, ahead of any hyphenation LibreOffice may apply to long lines.
        const head = titles[name]!.replace(/[,:;]/g, '').replace(/\s+/g, ' ').split(' ').slice(0, 2).join(' ');
        expect(text.toLowerCase(), `${name}: ${head}`).toContain(head.toLowerCase());
      }
    },
    240_000,
  );
});
