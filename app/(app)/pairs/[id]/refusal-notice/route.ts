// The mentor's notice of early refusal, printed for signing: /pairs/<id>/refusal-notice?noticeDate=&endDate=
import { refusalNoticeQuery } from '@/lib/domain/validations/pairs';
import { fileResponse, textResponse } from '@/lib/server/http-response';
import { noticePdf } from '@/lib/server/pairs/notice';
import { scopedRoute } from '@/lib/server/scoped-read';

export const GET = scopedRoute<{ id: string }>('mentoring.manage', async ({ read }, { id }, req) => {
  const url = new URL(req.url);
  const query = refusalNoticeQuery.safeParse({
    noticeDate: url.searchParams.get('noticeDate') || undefined,
    endDate: url.searchParams.get('endDate') || undefined,
    reason: url.searchParams.get('reason') ?? undefined,
  });
  if (!query.success) return textResponse(422, query.error.issues.map((i) => i.message).join(' '));
  const { bytes, filename } = await read(noticePdf, id, { kind: 'refusal', ...query.data });
  return fileResponse(bytes, filename, 'application/pdf');
});
