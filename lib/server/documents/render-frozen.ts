// Renders template data into both files and their digests, for freezing an issued document.
import 'server-only';
import { createHash } from 'node:crypto';
import { renderDocx, renderPdf } from '@/lib/documents/render';
import { AppError } from '@/lib/core/errors';
import { getTemplate } from '@/templates/registry';
import { fieldErrorsOf } from '../field-errors';

export interface RenderedDocument {
  title: string;
  data: unknown;
  docx: Buffer;
  pdf: Buffer;
  docxSha256: string;
  pdfSha256: string;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

export function templateOf(name: string) {
  const template = getTemplate(name);
  if (!template) throw new AppError('VALIDATION', `Неизвестный шаблон документа «${name}».`);
  return template;
}

/** Validates data with the template's schema; a Russian error names every bad field. */
export function validateTemplateData(name: string, data: unknown): unknown {
  const parsed = templateOf(name).schema.safeParse(data);
  if (!parsed.success) {
    const fields = fieldErrorsOf(parsed.error);
    const list = Object.entries(fields)
      .slice(0, 5)
      .map(([f, m]) => `«${f}»: ${m[0]}`)
      .join('; ');
    throw new AppError('VALIDATION', `Документ заполнен не полностью: ${list}.`, fields);
  }
  return parsed.data;
}

export async function renderFrozen(name: string, data: unknown): Promise<RenderedDocument> {
  const valid = validateTemplateData(name, data);
  const model = templateOf(name).build(valid);
  const [docx, pdf] = await Promise.all([renderDocx(model), renderPdf(model)]);
  return { title: model.title, data: valid, docx, pdf, docxSha256: sha256(docx), pdfSha256: sha256(pdf) };
}
