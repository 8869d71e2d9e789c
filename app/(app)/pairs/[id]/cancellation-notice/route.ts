// The employer's notice of early cancellation, printed for the mentor to sign on receipt:
// /pairs/<id>/cancellation-notice?noticeDate=&endDate=&grounds=
import { cancellationNoticeQuery } from '@/lib/domain/validations/pairs';
import { fileResponse, textResponse } from '@/lib/server/http-response';
import { noticePdf } from '@/lib/server/pairs/notice';
import { scopedRoute } from '@/lib/server/scoped-read';

export const GET = scopedRoute<{ id: string }>('mentoring.manage', async ({ read }, { id }, req) => {
  const url = new URL(req.url);
  const query = cancellationNoticeQuery.safeParse({
    noticeDate: url.searchParams.get('noticeDate') || undefined,
    endDate: url.searchParams.get('endDate') || undefined,
    grounds: url.searchParams.get('grounds') ?? undefined,
  });
  if (!query.success) return textResponse(422, query.error.issues.map((i) => i.message).join(' '));
  const { bytes, filename } = await read(noticePdf, id, { kind: 'cancellation', ...query.data });
  return fileResponse(bytes, filename, 'application/pdf');
});
