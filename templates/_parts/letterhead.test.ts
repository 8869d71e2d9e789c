import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx, renderPdf } from '@/lib/documents/render';
import { districtOrderDuties } from '@/templates/district-order-duties';
import { pairOrder } from '@/templates/pair-order';
import { copy, expectRussianIssue, renderTexts } from '@/tests/support/template-testing';

const images = path.join(process.cwd(), 'tests/fixtures/images');
const png = readFileSync(path.join(images, 'emblem.png'));
const jpeg = readFileSync(path.join(images, 'emblem.jpg'));

const LETTERHEAD = {
  address: 'ул. Ленина, д. 1, г. Бийск, Алтайский край, 659300',
  phone: '8 (3854) 33-44-55',
  email: 'school1@biysk.example',
  ogrn: '1027700132195',
  inn: '7707083893',
};

function withLetterhead(example: unknown, letterhead: object) {
  const data = copy(example) as { org: Record<string, unknown> };
  data.org.letterhead = letterhead;
  return data;
}

/** How many image XObjects the PDF holds (pdfkit writes each once, uncompressed dictionary). */
const pdfImages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Subtype \/Image/g)?.length ?? 0;

describe('letterhead (бланк) of every order', { timeout: 30_000 }, () => {
  it('prints the requisites under the organization name in the DOCX and the PDF', async () => {
    const data = pairOrder.schema.parse(withLetterhead(pairOrder.example, LETTERHEAD));
    const { docx, pdf } = await renderTexts(pairOrder.build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain('ул. Ленина, д. 1, г. Бийск, Алтайский край, 659300');
      expect(text).toContain('тел. 8 (3854) 33-44-55, e-mail: school1@biysk.example');
      expect(text).toContain('ОГРН 1027700132195, ИНН 7707083893');
    }
    // The бланк stands between the organization's name and «ПРИКАЗ».
    expect(docx.indexOf('(МБОУ «СОШ № 1»)')).toBeLessThan(docx.indexOf('ОГРН'));
    expect(docx.indexOf('ОГРН')).toBeLessThan(docx.indexOf('ПРИКАЗ'));
  });

  it('prints only what the organization filled in', async () => {
    const data = pairOrder.schema.parse(withLetterhead(pairOrder.example, { address: LETTERHEAD.address, inn: '', ogrn: null }));
    const { docx, pdf } = await renderTexts(pairOrder.build(data));
    for (const text of [docx, pdf]) {
      expect(text).toContain(LETTERHEAD.address);
      expect(text).not.toContain('ОГРН');
      expect(text).not.toContain('ИНН');
      expect(text).not.toContain('тел.');
    }
  });

  it('puts the emblem in the DOCX package and in the PDF as an image, PNG and JPEG', async () => {
    for (const [format, bytes] of [
      ['png', png],
      ['jpeg', jpeg],
    ] as const) {
      const data = districtOrderDuties.schema.parse(withLetterhead(districtOrderDuties.example, { emblem: { format, data: bytes.toString('base64') } }));
      const model = districtOrderDuties.build(data);
      const [docx, pdf] = await Promise.all([renderDocx(model), renderPdf(model)]);
      const zip = await JSZip.loadAsync(docx);
      const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
      expect(media).toHaveLength(1);
      expect(Buffer.compare(await zip.file(media[0]!)!.async('nodebuffer'), bytes)).toBe(0);
      // The body's picture points at that file through its relationship.
      const documentXml = await zip.file('word/document.xml')!.async('string');
      const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
      const rId = /<a:blip r:embed="(rId\d+)"\/>/.exec(documentXml)?.[1];
      expect(rId).toBeDefined();
      expect(rels).toContain(`Id="${rId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${media[0]!.replace('word/', '')}"`);
      // Sized to the бланк: at most 30 × 17 mm, proportions kept (120 × 150 px → 13.6 × 17 mm).
      const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(documentXml)!;
      expect(Number(extent[2]) / 36_000).toBeCloseTo(17, 1);
      expect(Number(extent[1]) / 36_000).toBeCloseTo(13.6, 1);
      expect(pdfImages(pdf)).toBeGreaterThanOrEqual(1);
    }
  });

  it('has no image without an emblem', async () => {
    const model = pairOrder.build(pairOrder.schema.parse(withLetterhead(pairOrder.example, LETTERHEAD)));
    const zip = await JSZip.loadAsync(await renderDocx(model));
    expect(Object.keys(zip.files).some((name) => name.startsWith('word/media/'))).toBe(false);
    expect(pdfImages(await renderPdf(model))).toBe(0);
  });

  it('refuses a forged emblem (text named .png), a broken one and wrong ОГРН, ИНН, e-mail in Russian', () => {
    const forged = Buffer.from('это не картинка, а текст с расширением .png');
    const cases: [object, string[], RegExp][] = [
      [{ emblem: { format: 'png', data: forged.toString('base64') } }, ['emblem', 'data'], /PNG или JPEG/],
      // A PNG signature followed by garbage: the header does not decode.
      [{ emblem: { format: 'png', data: Buffer.concat([png.subarray(0, 8), Buffer.from('мусор')]).toString('base64') } }, ['emblem', 'data'], /повреждён/],
      [{ emblem: { format: 'png', data: jpeg.toString('base64') } }, ['emblem', 'format'], /JPEG/],
      [{ emblem: { format: 'png', data: Buffer.concat([png, Buffer.alloc(1024 * 1024)]).toString('base64') } }, ['emblem', 'data'], /больше 1 МБ/],
      [{ ogrn: '1027700132196' }, ['ogrn'], /контрольная цифра/],
      [{ inn: '77070838' }, ['inn'], /10 цифр/],
      [{ email: 'школа' }, ['email'], /электронной почты/],
    ];
    for (const [letterhead, pathEnd, message] of cases) {
      const result = pairOrder.schema.safeParse(withLetterhead(pairOrder.example, letterhead));
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.message).join('; ')).toMatch(message);
      expectRussianIssue(pairOrder.schema, withLetterhead(pairOrder.example, letterhead), pathEnd);
    }
  });
});
