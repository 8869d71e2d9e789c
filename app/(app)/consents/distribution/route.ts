// The blank consent to distribution of one person: /consents/distribution?person=<id>
import { distributionConsentPdf } from '@/lib/server/consents/distribution-consent';
import { fileResponse } from '@/lib/server/http-response';
import { scopedRoute } from '@/lib/server/scoped-read';

export const GET = scopedRoute<unknown>('mentoring.manage', async ({ read }, _params, req) => {
  const { bytes, filename } = await read(distributionConsentPdf, new URL(req.url).searchParams.get('person'));
  return fileResponse(bytes, filename, 'application/pdf');
});
