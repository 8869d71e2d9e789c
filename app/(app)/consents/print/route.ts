// One PDF with every missing paper of the selected pairs: /consents/print?pair=<id>&pair=<id>
import { consentFormsPdf } from '@/lib/server/consents/print-consents';
import { fileResponse } from '@/lib/server/http-response';
import { scopedRoute } from '@/lib/server/scoped-read';

export const GET = scopedRoute<unknown>('mentoring.manage', async ({ read }, _params, req) => {
  const { bytes, filename } = await read(consentFormsPdf, new URL(req.url).searchParams.getAll('pair'));
  return fileResponse(bytes, filename, 'application/pdf');
});
