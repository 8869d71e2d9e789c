// LibreOffice as the judge of our DOCX files: converts them to PDF in one headless run.
// Tests that use it skip (visibly) only outside CI when soffice is missing; under CI they fail.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

function findSoffice(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

export const soffice = findSoffice();
export const skipWithoutSoffice = !soffice && !process.env.CI;
export const sofficeTitle = (title: string) => (skipWithoutSoffice ? `${title} (skipped: soffice is not installed)` : title);

/** name → DOCX bytes in; name → PDF bytes out (a missing key means LibreOffice produced nothing). */
export async function convertToPdf(docs: Record<string, Buffer>): Promise<Record<string, Buffer>> {
  if (!soffice) throw new Error('soffice must be installed where CI runs');
  const dir = await mkdtemp(path.join(tmpdir(), 'docx-lo-'));
  try {
    const inputs = await Promise.all(
      Object.entries(docs).map(async ([name, bytes]) => {
        const file = path.join(dir, `${name}.docx`);
        await writeFile(file, bytes);
        return file;
      }),
    );
    await promisify(execFile)(soffice, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...inputs], {
      timeout: 240_000,
    });
    const out: Record<string, Buffer> = {};
    for (const name of Object.keys(docs)) {
      const pdf = path.join(dir, `${name}.pdf`);
      if (existsSync(pdf)) out[name] = await readFile(pdf);
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
