import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { unzipParts, zipParts } from './docx-zip';

const PARTS = {
  '[Content_Types].xml': '<Types/>',
  'word/document.xml': '',
  'word/styles.xml': '<w:styles>Обычный</w:styles>',
  'docProps/core.xml': '<cp:coreProperties/>',
};

const packed = () => zipSync(Object.fromEntries(Object.entries(PARTS).map(([name, text]) => [name, strToU8(text)])));

describe('zipParts', () => {
  const body = `<w:document>${'<w:p><w:r><w:t>Наставник и наставляемый</w:t></w:r></w:p>'.repeat(2000)}</w:document>`;
  const repacked = () => zipParts({ ...unzipParts(packed()), 'word/document.xml': strToU8(body) });

  it('zips the parts read back, one replaced in its place, for any reader', async () => {
    const zip = await JSZip.loadAsync(repacked());
    expect(Object.keys(zip.files)).toEqual(Object.keys(PARTS));
    expect(await zip.file('word/document.xml')!.async('string')).toBe(body);
    expect(await zip.file('word/styles.xml')!.async('string')).toBe(PARTS['word/styles.xml']);
  });

  it('deflates every part, so a long body stays small', () => {
    const methods: Record<string, number> = {};
    const files = unzipSync(repacked(), { filter: (file) => ((methods[file.name] = file.compression), true) });
    expect(Object.values(methods)).toEqual([8, 8, 8, 8]);
    expect(strFromU8(files['word/document.xml']!)).toBe(body);
    expect(repacked().length).toBeLessThan(body.length / 20);
  });
});
