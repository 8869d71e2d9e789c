// /staff/<id>/personal-data: a copy of everything kept about one person (152-ФЗ, ст. 14), as JSON.
import { getDb } from '@/db/client';
import { can } from '@/lib/domain/permissions';
import { currentScope } from '@/lib/server/auth/session';
import { AppError } from '@/lib/core/errors';
import { exportPersonalData } from '@/lib/server/people/personal-data';
import { textResponse } from '@/lib/server/http-response';

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const scope = await currentScope();
  if (!scope) return textResponse(401, 'Сессия истекла. Войдите снова.');
  if (!can(scope, 'staff.edit')) return textResponse(403, 'Недостаточно прав.');
  try {
    const data = await exportPersonalData(getDb(), scope, (await params).id);
    const name = `personal-data-${data.person.id}.json`;
    return new Response(JSON.stringify(data, null, 2), {
      headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'private, no-store' },
    });
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') return textResponse(404, e.message);
    throw e;
  }
}
