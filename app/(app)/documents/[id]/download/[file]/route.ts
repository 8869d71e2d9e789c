// Downloads: /documents/<id>/download/document.pdf | document.docx | acknowledgements.pdf | acknowledgements.docx
import { getDb } from '@/db/client';
import { currentScope } from '@/lib/server/auth/session';
import { documentFile, type FileFormat, type FileKind } from '@/lib/server/documents/document-file';
import { appErrorResponse, fileResponse, textResponse } from '@/lib/server/http-response';

const FILES: Record<string, [FileKind, FileFormat]> = {
  'document.pdf': ['document', 'pdf'],
  'document.docx': ['document', 'docx'],
  'acknowledgements.pdf': ['acknowledgements', 'pdf'],
  'acknowledgements.docx': ['acknowledgements', 'docx'],
};

export async function GET(_req: Request, { params }: { params: Promise<{ id: string; file: string }> }) {
  const scope = await currentScope();
  if (!scope) return textResponse(401, 'Сессия истекла. Войдите снова.');
  const { id, file } = await params;
  const spec = FILES[file];
  if (!spec) return textResponse(404, 'Файл не найден.');
  try {
    const f = await documentFile(getDb(), scope, id, ...spec);
    return fileResponse(f.bytes, f.filename, f.contentType);
  } catch (e) {
    return appErrorResponse(e);
  }
}
