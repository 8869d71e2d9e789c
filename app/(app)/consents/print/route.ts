// One PDF with every missing paper of the selected pairs: /consents/print?pair=<id>&pair=<id>
import { consentFormsPdf } from '@/lib/server/consents/print-consents';
import { fileResponse } from '@/lib/server/http-response';
import { scopedRoute } from '@/lib/server/scoped-read';

export const GET = scopedRoute<unknown>('mentoring.manage', async ({ read }, _params, req) => {
  const ids = new URL(req.url).searchParams.getAll('pair');
  // The form submits with nothing ticked too: back to the page, which says what to do, rather
  // than a bare error text outside the app.
  if (ids.length === 0) return new Response(null, { status: 303, headers: { Location: '/consents?print=none' } });
  const { bytes, filename } = await read(consentFormsPdf, ids);
  return fileResponse(bytes, filename, 'application/pdf');
});
