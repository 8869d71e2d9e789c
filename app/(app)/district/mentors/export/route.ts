// /district/mentors/export?q=… — the municipal base of mentors and curators as XLSX, streamed.
import { PassThrough, Readable } from 'node:stream';
import { writeMunicipalBaseXlsx } from '@/lib/server/district/mentors-xlsx';
import { scopedRoute } from '@/lib/server/scoped-read';

export const GET = scopedRoute<unknown>('progress.view', async ({ scope, read, audit }, _params, req) => {
  const q = (new URL(req.url).searchParams.get('q') ?? '').trim().slice(0, 200);
  // Names, positions and loads of people across schools: who took them is recorded.
  await audit({ action: 'district.mentors.export', entity: 'organization', entityId: scope.orgId, after: { file: 'База наставников и кураторов', ...(q ? { q } : {}) } });
  const out = new PassThrough();
  read(writeMunicipalBaseXlsx, q, out).catch((e: unknown) => {
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
});
