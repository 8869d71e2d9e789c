// One PDF with every missing paper of the selected pairs: /consents/print?pair=<id>&pair=<id>
import { getDb } from '@/db/client';
import { can } from '@/lib/domain/permissions';
import { currentScope } from '@/lib/server/auth/session';
import { appErrorResponse, fileResponse, textResponse } from '@/lib/server/http-response';
import { consentFormsPdf } from '@/lib/server/consents/print-consents';

export async function GET(req: Request) {
  const scope = await currentScope();
  if (!scope) return textResponse(401, 'Сессия истекла. Войдите снова.');
  if (!can(scope, 'mentoring.manage')) return textResponse(403, 'Недостаточно прав для этого действия.');
  try {
    const { bytes, filename } = await consentFormsPdf(getDb(), scope, new URL(req.url).searchParams.getAll('pair'));
    return fileResponse(bytes, filename, 'application/pdf');
  } catch (e) {
    return appErrorResponse(e);
  }
}
