// The file of a document for download: an issued document's stored bytes (identical to the
// day it was issued), or a fresh preview of a draft, or its acknowledgement sheet.
import 'server-only';
import type { Db } from '@/db/client';
import { AppError, notFound } from '@/lib/core/errors';
import { formatDate } from '@/lib/core/russian';
import { shortenAtWord } from '@/lib/core/shorten';
import { renderDocx, renderPdf } from '@/lib/documents/render';
import type { Scope } from '@/lib/server/auth/scope';
import { acknowledgementSheetModel } from './acknowledgement-sheet';
import { loadReadableDocument } from './load-document';
import { templateOf, validateTemplateData } from './render-frozen';

export type FileFormat = 'docx' | 'pdf';
export type FileKind = 'document' | 'acknowledgements';

export interface DocumentFile {
  bytes: Buffer;
  filename: string;
  contentType: string;
}

const CONTENT_TYPES: Record<FileFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

function baseName(doc: { title: string; number: string | null; issueDate: string | null }): string {
  const requisites = doc.number ? ` № ${doc.number}` : '';
  const date = doc.issueDate ? ` от ${formatDate(doc.issueDate)}` : ' (проект)';
  return `${shortenAtWord(doc.title, 80)}${requisites}${date}`.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
}

export async function documentFile(db: Db, scope: Scope, id: unknown, kind: FileKind, format: FileFormat): Promise<DocumentFile> {
  const doc = await loadReadableDocument(db, scope, id);
  let bytes: Buffer;
  let name = baseName(doc);
  if (kind === 'acknowledgements') {
    const model = await acknowledgementSheetModel(db, doc);
    if (!model) throw notFound('Лист ознакомления', 'masculine');
    bytes = format === 'docx' ? await renderDocx(model) : await renderPdf(model);
    name = `Лист ознакомления — ${name}`;
  } else if (doc.status !== 'draft') {
    const stored = format === 'docx' ? doc.docx : doc.pdf;
    if (!stored) throw new AppError('CONFLICT', 'Файл документа отсутствует.');
    bytes = stored;
  } else {
    const model = templateOf(doc.template).build(validateTemplateData(doc.template, doc.data));
    bytes = format === 'docx' ? await renderDocx(model) : await renderPdf(model);
  }
  return { bytes, filename: `${name}.${format}`, contentType: CONTENT_TYPES[format] };
}
