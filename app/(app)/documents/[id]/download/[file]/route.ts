// Downloads: /documents/<id>/download/document.pdf | document.docx | acknowledgements.pdf | acknowledgements.docx
import { getDb } from '@/db/client';
import { currentScope } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { documentFile, type FileFormat, type FileKind } from '@/lib/server/documents/document-file';

const FILES: Record<string, [FileKind, FileFormat]> = {
  'document.pdf': ['document', 'pdf'],
  'document.docx': ['document', 'docx'],
  'acknowledgements.pdf': ['acknowledgements', 'pdf'],
  'acknowledgements.docx': ['acknowledgements', 'docx'],
};

const text = (status: number, body: string) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

export async function GET(_req: Request, { params }: { params: Promise<{ id: string; file: string }> }) {
  const scope = await currentScope();
  if (!scope) return text(401, 'Сессия истекла. Войдите снова.');
  const { id, file } = await params;
  const spec = FILES[file];
  if (!spec) return text(404, 'Файл не найден.');
  try {
    const f = await documentFile(getDb(), scope, id, ...spec);
    const ascii = f.filename.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, "'");
    return new Response(new Uint8Array(f.bytes), {
      headers: {
        'content-type': f.contentType,
        'content-length': String(f.bytes.length),
        'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(f.filename)}`,
        'cache-control': 'private, no-store',
      },
    });
  } catch (e) {
    if (e instanceof AppError) return text(e.code === 'NOT_FOUND' ? 404 : 422, e.message);
    throw e;
  }
}
