// /district/archive/download?kind=documents|sheets — the district's ZIP, streamed as it is
// written (no Content-Length: the page shows the bytes received).
import { PassThrough, Readable } from 'node:stream';
import { getDb } from '@/db/client';
import { can } from '@/lib/domain/permissions';
import { currentScope } from '@/lib/server/auth/session';
import { todayIso } from '@/lib/server/clock';
import { writeDistrictArchive } from '@/lib/server/district/archive';
import { archiveKind } from '@/lib/domain/validations/district';
import { textResponse } from '@/lib/server/http-response';

const NAMES = { documents: 'Документы', sheets: 'Листы ознакомления' } as const;

export async function GET(req: Request) {
  const scope = await currentScope();
  if (!scope) return textResponse(401, 'Сессия истекла. Войдите снова.');
  if (!can(scope, 'district.orders')) return textResponse(403, 'Недостаточно прав для этого действия.');
  const kind = archiveKind.safeParse(new URL(req.url).searchParams.get('kind'));
  if (!kind.success) return textResponse(404, 'Архив не найден.');
  const out = new PassThrough();
  writeDistrictArchive(getDb(), scope, kind.data, out).catch((e: unknown) => console.error('district archive failed', e));
  const filename = `${NAMES[kind.data]} — ${scope.orgShortName.replace(/[\\/:*?"<>|]/g, '_')} — ${todayIso()}.zip`;
  return new Response(Readable.toWeb(out) as ReadableStream<Uint8Array>, {
    headers: {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="archive-${kind.data}.zip"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      'cache-control': 'private, no-store',
    },
  });
}
