'use server';

import { recordConsentSchema } from '@/lib/domain/validations/consents';
import { scopedAction } from '@/lib/server/action';
import { recordConsent } from '@/lib/server/consents/record-consent';

export const recordConsentAction = scopedAction(
  { schema: recordConsentSchema, permission: 'mentoring.manage', revalidate: ['/consents', '/pairs', '/dashboard'] },
  recordConsent,
);
