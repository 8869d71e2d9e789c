// /district/archive/download?kind=documents|sheets — the district's ZIP, streamed as it is
// written (no Content-Length: the page shows the bytes received).
import { PassThrough, Readable } from 'node:stream';
import { archiveKind } from '@/lib/domain/validations/district';
import { todayIso } from '@/lib/server/clock';
import { writeDistrictArchive } from '@/lib/server/district/archive';
import { textResponse } from '@/lib/server/http-response';
import { scopedRoute } from '@/lib/server/scoped-read';

const NAMES = { documents: 'Документы', sheets: 'Листы ознакомления' } as const;

export const GET = scopedRoute<unknown>('district.orders', async ({ scope, read, audit }, _params, req) => {
  const kind = archiveKind.safeParse(new URL(req.url).searchParams.get('kind'));
  if (!kind.success) return textResponse(404, 'Архив не найден.');
  // Recorded before the first byte: the archive holds every school's signed papers.
  await audit({ action: 'district.archive.download', entity: 'organization', entityId: scope.orgId, after: { file: NAMES[kind.data] } });
  const out = new PassThrough();
  read(writeDistrictArchive, kind.data, out).catch((e: unknown) => console.error('district archive failed', e));
  const filename = `${NAMES[kind.data]} — ${scope.orgShortName.replace(/[\\/:*?"<>|]/g, '_')} — ${todayIso()}.zip`;
  return new Response(Readable.toWeb(out) as ReadableStream<Uint8Array>, {
    headers: {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="archive-${kind.data}.zip"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      'cache-control': 'private, no-store',
    },
  });
});
