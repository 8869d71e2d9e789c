// The stored scan of a consent, downloaded back: /consents/<consent id>/scan
import { loadScan } from '@/lib/server/consents/scans';
import { fileResponse } from '@/lib/server/http-response';
import { scopedRoute } from '@/lib/server/scoped-read';

export const GET = scopedRoute<{ id: string }>('mentoring.manage', async ({ read }, { id }) => {
  const scan = await read(loadScan, id);
  return fileResponse(scan.bytes, scan.filename, scan.contentType);
});
