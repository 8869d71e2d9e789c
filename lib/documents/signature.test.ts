import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '@/lib/documents/model';
import { renderDocx, renderPdf } from '@/lib/documents/render';
import { pdfText } from '@/tests/support/extract';

const LONG = 'Начальник муниципального казённого учреждения «Управление образования Администрации городского округа город Бийск Алтайского края»';

const model = (position: string[]): DocumentModel => ({
  title: 'Приказ',
  leftMarginMm: 30,
  blocks: [
    { kind: 'paragraph', runs: ['Контроль за исполнением приказа оставляю за собой.'] },
    { kind: 'signature', position, name: 'А.Г. Мелихова' },
  ],
});

/** The position cell's width in twips, from the DOCX's signature layout table. */
async function positionCellTw(docx: Buffer): Promise<number> {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  return Number(/<w:tcW w:w="(\d+)" w:type="dxa"\/>/.exec(xml)![1]);
}

describe('the signer’s position', { timeout: 30_000 }, () => {
  it('a long one runs in a few long lines, the name on its last line, not a narrow column', async () => {
    const lines = (await pdfText(await renderPdf(model([LONG]))))
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    const start = lines.findIndex((line) => line.startsWith('Начальник'));
    expect(lines.slice(start, start + 3)).toEqual([
      'Начальник муниципального казённого учреждения',
      '«Управление образования Администрации городского',
      'округа город Бийск Алтайского края» А.Г. Мелихова',
    ]);
  });

  it('gets the same wider cell in the DOCX; a short one keeps the usual 55 %', async () => {
    const textTw = Math.round(((210 - 30 - 10) * 1440) / 25.4);
    expect(await positionCellTw(await renderDocx(model([LONG])))).toBeGreaterThan(textTw * 0.65);
    expect(await positionCellTw(await renderDocx(model(['Директор'])))).toBe(Math.round(textTw * 0.55));
  });
});
