// /district/mentors/export?q=… — the municipal base of mentors and curators as XLSX, streamed.
import { PassThrough, Readable } from 'node:stream';
import { getDb } from '@/db/client';
import { can } from '@/lib/domain/permissions';
import { currentScope } from '@/lib/server/auth/session';
import { writeMunicipalBaseXlsx } from '@/lib/server/district/mentors-xlsx';
import { textResponse } from '@/lib/server/http-response';

export async function GET(req: Request) {
  const scope = await currentScope();
  if (!scope) return textResponse(401, 'Сессия истекла. Войдите снова.');
  if (!can(scope, 'progress.view')) return textResponse(403, 'Недостаточно прав для этого действия.');
  const q = (new URL(req.url).searchParams.get('q') ?? '').trim().slice(0, 200);
  const out = new PassThrough();
  writeMunicipalBaseXlsx(getDb(), scope, q, out).catch((e: unknown) => {
    console.error('mentors export failed', e);
    out.destroy(e as Error);
  });
  const filename = 'База наставников и кураторов.xlsx';
  return new Response(Readable.toWeb(out) as ReadableStream<Uint8Array>, {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="mentors.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      'cache-control': 'private, no-store',
    },
  });
}
