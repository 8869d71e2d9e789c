// The stored scan of a consent, downloaded back: /consents/<consent id>/scan
import { getDb } from '@/db/client';
import { can } from '@/lib/domain/permissions';
import { currentScope } from '@/lib/server/auth/session';
import { appErrorResponse, fileResponse, textResponse } from '@/lib/server/http-response';
import { loadScan } from '@/lib/server/consents/scans';

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const scope = await currentScope();
  if (!scope) return textResponse(401, 'Сессия истекла. Войдите снова.');
  if (!can(scope, 'mentoring.manage')) return textResponse(403, 'Недостаточно прав для этого действия.');
  try {
    const scan = await loadScan(getDb(), scope, (await params).id);
    return fileResponse(scan.bytes, scan.filename, scan.contentType);
  } catch (e) {
    return appErrorResponse(e);
  }
}
