// Downloads: /documents/<id>/download/document.pdf | document.docx | acknowledgements.pdf | acknowledgements.docx
// (a PDF with ?inline opens in the browser)
import { documentFile, type FileFormat, type FileKind } from '@/lib/server/documents/document-file';
import { fileResponse, textResponse } from '@/lib/server/http-response';
import { scopedRoute } from '@/lib/server/scoped-read';

const FILES: Record<string, [FileKind, FileFormat]> = {
  'document.pdf': ['document', 'pdf'],
  'document.docx': ['document', 'docx'],
  'acknowledgements.pdf': ['acknowledgements', 'pdf'],
  'acknowledgements.docx': ['acknowledgements', 'docx'],
};

// Any signed-in user: documentFile shows a teacher only what is addressed to them.
// `?inline` shows a PDF in the browser's viewer (the preview on the document page) instead of saving it.
export const GET = scopedRoute<{ id: string; file: string }>(null, async ({ read }, { id, file }, req) => {
  const spec = FILES[file];
  if (!spec) return textResponse(404, 'Файл не найден.');
  const f = await read(documentFile, id, ...spec);
  const inline = spec[1] === 'pdf' && new URL(req.url).searchParams.has('inline');
  return fileResponse(f.bytes, f.filename, f.contentType, { inline });
});
