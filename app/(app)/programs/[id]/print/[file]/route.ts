// Printing a program: /programs/<id>/print/program.pdf | program.docx, rendered from its template.
import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { currentScope } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { programFile } from '@/lib/server/programs/program-file';

const FORMATS: Record<string, 'pdf' | 'docx'> = { 'program.pdf': 'pdf', 'program.docx': 'docx' };

const text = (status: number, body: string) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

export async function GET(_req: Request, { params }: { params: Promise<{ id: string; file: string }> }) {
  const scope = await currentScope();
  if (!scope) return text(401, 'Сессия истекла. Войдите снова.');
  if (!can(scope, 'mentoring.manage')) return text(403, 'Недостаточно прав для этого действия.');
  const { id, file } = await params;
  const format = FORMATS[file];
  if (!format) return text(404, 'Файл не найден.');
  try {
    const f = await programFile(getDb(), scope, id, format);
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
