// Renders template data into both files and their digests, for freezing an issued document.
import 'server-only';
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '@/lib/core/errors';
import { renderDocx, renderPdf } from '@/lib/documents/render';
import { findTemplate, type TemplateDefinition } from '@/templates/registry';
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

/** The template a stored document names; its name comes from the database, so it is looked up. */
export function templateOf(name: string) {
  const template = findTemplate(name);
  if (!template) throw new AppError('VALIDATION', `Неизвестный шаблон документа «${name}».`);
  return template;
}

/**
 * Validates data with the template's schema; a Russian error names every bad field. Given
 * the definition rather than a stored name, the result has the template's data type.
 */
export function validateTemplateData<Schema extends z.ZodType>(template: TemplateDefinition<string, Schema>, data: unknown): z.output<Schema>;
export function validateTemplateData(name: string, data: unknown): unknown;
export function validateTemplateData(template: string | TemplateDefinition, data: unknown): unknown {
  const parsed = (typeof template === 'string' ? templateOf(template) : template).schema.safeParse(data);
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
