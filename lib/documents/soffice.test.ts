// The DOCX must open in a real word processor: LibreOffice converts it to PDF and the text
// must survive.
import { describe, expect, it } from 'vitest';
import { everyBlockModel } from '@/tests/support/document-models';
import { pdfText } from '@/tests/support/extract';
import { convertToPdf, skipWithoutSoffice, sofficeTitle } from '@/tests/support/soffice';
import { renderDocx } from './render';

describe('DOCX in LibreOffice', () => {
  it.skipIf(skipWithoutSoffice)(
    sofficeTitle('LibreOffice converts the DOCX to PDF'),
    async () => {
      const { order } = await convertToPdf({ order: await renderDocx(everyBlockModel()) });
      expect(order).toBeDefined();
      const text = (await pdfText(order!)).replace(/\s+/g, ' ');
      for (const expected of ['ПРИКАЗ', '№ 181-од', 'О закреплении наставнических пар (групп)', 'Иванова Мария Петровна', 'А.Г. Мелихова', 'Вторая страница.']) {
        expect(text.includes(expected), expected).toBe(true);
      }
    },
    90_000,
  );
});
