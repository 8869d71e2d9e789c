// Files a user downloads in the browser, read back as a reader sees them: a click that starts
// a download (a link or a form with `content-disposition: attachment`), the saved bytes, and
// the text of a PDF (pdftotext) or DOCX (word/document.xml) with whitespace flattened, so a
// sentence wrapped over two lines of the page still matches.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { docxText, pdfText } from './extract';

export interface Downloaded {
  name: string;
  bytes: Buffer;
}

/** Runs `click` and waits for the download it starts. */
export async function downloadBy(page: Page, click: () => Promise<unknown>): Promise<Downloaded> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  if (!path) throw new Error(`download of ${download.suggestedFilename()} failed: ${await download.failure()}`);
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

export const flat = (s: string) => s.replace(/\s+/g, ' ');

/** The text of a downloaded PDF or DOCX, told apart by its first bytes (PDF: «%PDF», DOCX: a ZIP). */
export async function textOf(file: Downloaded): Promise<string> {
  const magic = file.bytes.subarray(0, 4).toString('latin1');
  if (magic === '%PDF') return flat(await pdfText(file.bytes));
  if (magic.startsWith('PK')) return docxText(file.bytes);
  throw new Error(`${file.name} is neither a PDF nor a DOCX (starts with ${JSON.stringify(magic)})`);
}
