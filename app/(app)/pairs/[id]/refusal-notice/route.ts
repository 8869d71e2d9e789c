// The mentor's notice of early refusal, printed for signing: /pairs/<id>/refusal-notice?noticeDate=&endDate=
import { getDb } from '@/db/client';
import { can } from '@/lib/domain/permissions';
import { currentScope } from '@/lib/server/auth/session';
import { appErrorResponse, fileResponse, textResponse } from '@/lib/server/http-response';
import { refusalNoticePdf } from '@/lib/server/pairs/refusal-notice';
import { refusalNoticeQuery } from '@/lib/domain/validations/pairs';

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const scope = await currentScope();
  if (!scope) return textResponse(401, 'Сессия истекла. Войдите снова.');
  if (!can(scope, 'mentoring.manage')) return textResponse(403, 'Недостаточно прав для этого действия.');
  const url = new URL(req.url);
  const query = refusalNoticeQuery.safeParse({
    noticeDate: url.searchParams.get('noticeDate') || undefined,
    endDate: url.searchParams.get('endDate') || undefined,
    reason: url.searchParams.get('reason') ?? undefined,
  });
  if (!query.success) return textResponse(422, query.error.issues.map((i) => i.message).join(' '));
  try {
    const { bytes, filename } = await refusalNoticePdf(getDb(), scope, (await params).id, query.data);
    return fileResponse(bytes, filename, 'application/pdf');
  } catch (e) {
    return appErrorResponse(e);
  }
}
