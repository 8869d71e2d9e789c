// Printing a program: /programs/<id>/print/program.pdf | program.docx, rendered from its template.
import { getDb } from '@/db/client';
import { can } from '@/lib/domain/permissions';
import { currentScope } from '@/lib/server/auth/session';
import { programFile } from '@/lib/server/programs/program-file';
import { appErrorResponse, fileResponse, textResponse } from '@/lib/server/http-response';

const FORMATS: Record<string, 'pdf' | 'docx'> = { 'program.pdf': 'pdf', 'program.docx': 'docx' };

export async function GET(_req: Request, { params }: { params: Promise<{ id: string; file: string }> }) {
  const scope = await currentScope();
  if (!scope) return textResponse(401, 'Сессия истекла. Войдите снова.');
  if (!can(scope, 'mentoring.manage')) return textResponse(403, 'Недостаточно прав для этого действия.');
  const { id, file } = await params;
  const format = FORMATS[file];
  if (!format) return textResponse(404, 'Файл не найден.');
  try {
    const f = await programFile(getDb(), scope, id, format);
    return fileResponse(f.bytes, f.filename, f.contentType);
  } catch (e) {
    return appErrorResponse(e);
  }
}
