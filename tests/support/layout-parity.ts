// Our PDF against LibreOffice's PDF of our DOCX: the page count and the first line of each
// page. A DOCX that merely opens says nothing of where its pages break; this compares the two
// layouts a reader actually gets. The documents: every template's example, the 200-pair order
// and the consents bundle, the documents schools print most and longest.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { DocumentModel } from '@/lib/documents/model';
import { renderDocx, renderPdf } from '@/lib/documents/render';
import { concatModels } from '@/lib/domain/mentoring/consent-forms';
import { getTemplate, templateNames, type TemplateName } from '@/templates/registry';
import { pairOrderModel } from './document-models';
import { convertToPdf } from './soffice';

const run = promisify(execFile);

/** The example of a template, validated and built. */
export function exampleModel(name: TemplateName): DocumentModel {
  const template = getTemplate(name);
  return template.build(template.schema.parse(template.example));
}

/** The bundle /consents prints: the four forms of each pair one after another, for `pairs` pairs. */
export function consentsBundleModel(pairs: number): DocumentModel {
  const forms = (['consent-mentor', 'consent-mentee', 'consent-personal-data', 'additional-agreement'] as const).map(exampleModel);
  return concatModels('Согласия участников наставничества и дополнительные соглашения', Array.from({ length: pairs }, () => forms).flat());
}

/** The pair order on the school's бланк: the emblem, the reference data, then the order. */
export function letterheadOrderModel(): DocumentModel {
  const template = getTemplate('pair-order');
  const data = structuredClone(template.example) as { org: Record<string, unknown> };
  data.org.letterhead = {
    address: 'ул. Ленина, д. 1, г. Бийск, Алтайский край, 659300',
    phone: '8 (3854) 33-44-55',
    email: 'school1@biysk.example',
    ogrn: '1027700132195',
    inn: '7707083893',
    emblem: { format: 'png', data: readFileSync(path.join(process.cwd(), 'tests/fixtures/images/emblem.png')).toString('base64') },
  };
  return template.build(template.schema.parse(data));
}

export function parityDocuments(): Record<string, DocumentModel> {
  const docs: Record<string, DocumentModel> = {};
  for (const name of templateNames()) docs[name] = exampleModel(name);
  docs['pair-order-letterhead'] = letterheadOrderModel();
  docs['pair-order-200'] = pairOrderModel(200, 400);
  docs['consents-bundle'] = consentsBundleModel(5);
  return docs;
}

/** pdftotext of a whole PDF, one string per page. */
async function pagesOf(pdf: Buffer): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'parity-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    await writeFile(file, pdf);
    const { stdout: info } = await run('pdfinfo', [file]);
    const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { maxBuffer: 256 * 1024 * 1024 });
    const pages = stdout.split('\f').slice(0, count);
    if (pages.length !== count) throw new Error(`pdftotext gave ${pages.length} pages, pdfinfo ${count}`);
    return pages;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The first line of text on a page, past the page number at its top; spaces collapsed. */
export function firstLine(page: string): string {
  const lines = page
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return (/^\d+$/.test(lines[0] ?? '') ? lines[1] : lines[0]) ?? '';
}

export interface Layout {
  pages: number;
  firstLines: string[];
}

export interface Parity {
  ours: Layout;
  libreOffice: Layout | null;
  samePageCount: boolean;
  /** Pages whose first lines differ, 1-based. */
  differingPages: number[];
}

const layoutOf = async (pdf: Buffer): Promise<Layout> => {
  const pages = await pagesOf(pdf);
  return { pages: pages.length, firstLines: pages.map(firstLine) };
};

/** Renders each model both ways and converts every DOCX in one LibreOffice run. */
export async function compareLayouts(models: Record<string, DocumentModel>): Promise<Record<string, Parity>> {
  const docx: Record<string, Buffer> = {};
  const pdf: Record<string, Buffer> = {};
  for (const [name, model] of Object.entries(models)) [docx[name], pdf[name]] = await Promise.all([renderDocx(model), renderPdf(model)]);
  const converted = await convertToPdf(docx);
  const out: Record<string, Parity> = {};
  for (const name of Object.keys(models)) {
    const ours = await layoutOf(pdf[name]!);
    const libreOffice = converted[name] ? await layoutOf(converted[name]) : null;
    const differingPages = ours.firstLines.flatMap((line, i) => (libreOffice?.firstLines[i] === line ? [] : [i + 1]));
    out[name] = { ours, libreOffice, samePageCount: ours.pages === libreOffice?.pages, differingPages };
  }
  return out;
}

/** A table for a report: document, our pages, LibreOffice's pages, pages whose first line differs. */
export function parityTable(parity: Record<string, Parity>): string {
  return Object.entries(parity)
    .map(([name, p]) => `${name.padEnd(28)} ${String(p.ours.pages).padStart(3)} ${String(p.libreOffice?.pages ?? '—').padStart(3)}  ${p.differingPages.length ? `differ: ${p.differingPages.join(',')}` : 'same'}`)
    .join('\n');
}
