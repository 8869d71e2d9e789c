// The DOCX must open in a real word processor: LibreOffice converts it to PDF and the text
// must survive. Skipped (with the reason shown) only outside CI when LibreOffice is missing.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { pdfText } from '@/tests/support/extract';
import { renderDocx } from './render';
import { everyBlockModel } from './test-models';

function findSoffice(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const soffice = findSoffice();
const skip = !soffice && !process.env.CI;
const title = skip ? 'LibreOffice converts the DOCX to PDF (skipped: soffice is not installed)' : 'LibreOffice converts the DOCX to PDF';

describe('DOCX in LibreOffice', () => {
  it.skipIf(skip)(
    title,
    async () => {
      expect(soffice, 'soffice must be installed where CI runs').toBeTruthy();
      const dir = await mkdtemp(path.join(tmpdir(), 'docx-lo-'));
      try {
        const input = path.join(dir, 'order.docx');
        await writeFile(input, await renderDocx(everyBlockModel()));
        await promisify(execFile)(
          soffice!,
          [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input],
          { timeout: 60_000 },
        );
        const output = path.join(dir, 'order.pdf');
        expect(existsSync(output)).toBe(true);
        const text = (await pdfText(await readFile(output))).replace(/\s+/g, ' ');
        for (const expected of ['ПРИКАЗ', '№ 181-од', 'О закреплении наставнических пар (групп)', 'Иванова Мария Петровна', 'А.Г. Мелихова', 'Вторая страница.']) {
          expect(text.includes(expected), expected).toBe(true);
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    90_000,
  );
});
