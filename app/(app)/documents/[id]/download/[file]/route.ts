// Downloads: /documents/<id>/download/document.pdf | document.docx | acknowledgements.pdf | acknowledgements.docx
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
export const GET = scopedRoute<{ id: string; file: string }>(null, async ({ read }, { id, file }) => {
  const spec = FILES[file];
  if (!spec) return textResponse(404, 'Файл не найден.');
  const f = await read(documentFile, id, ...spec);
  return fileResponse(f.bytes, f.filename, f.contentType);
});
