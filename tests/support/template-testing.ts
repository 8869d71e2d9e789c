// Test support for the school templates: validate example data, render it to DOCX and PDF
// and return the text a reader sees, plus the hostile inputs every template is tried with.
import { expect } from 'vitest';
import type { z } from 'zod';
import type { DocumentModel } from '@/lib/documents/model';
import { renderDocx, renderPdf } from '@/lib/documents/render';
import { docxText, pdfText } from '@/tests/support/extract';

export interface RenderedTexts {
  docx: string;
  /** pdftotext output with whitespace collapsed, so a wrapped phrase still matches. */
  pdf: string;
  pdfBytes: Buffer;
}

export async function renderTexts(model: DocumentModel): Promise<RenderedTexts> {
  const [docxBuf, pdfBuf] = await Promise.all([renderDocx(model), renderPdf(model)]);
  return { docx: await docxText(docxBuf), pdf: (await pdfText(pdfBuf)).replace(/\s+/g, ' '), pdfBytes: pdfBuf };
}

/** Markup characters that must come through as text in both formats. */
export const HOSTILE = `<&>"'`;

/** A name part far beyond any bound. */
export const HUGE_NAME = 'Щ'.repeat(10_000);

/** Asserts the schema rejects `data` with a Russian message on a path ending with `pathEnd`. */
export function expectRussianIssue(schema: z.ZodType, data: unknown, pathEnd: string[]): void {
  const result = schema.safeParse(data);
  expect(result.success).toBe(false);
  if (result.success) return;
  const issue = result.error.issues.find((i) => pathEnd.every((p, k) => String(i.path[i.path.length - pathEnd.length + k]) === p));
  expect(issue, JSON.stringify(result.error.issues.map((i) => i.path))).toBeDefined();
  expect(issue?.message).toMatch(/[а-яё]/i);
}

/** A deep copy of example data to mutate in a test. */
export function copy<T>(value: T): T {
  return structuredClone(value);
}
