'use server';

import { markConsentsReceivedSchema, recordConsentSchema } from '@/lib/domain/validations/consents';
import { scopedAction } from '@/lib/server/action';
import { markConsentsReceived } from '@/lib/server/consents/mark-received';
import { recordConsent } from '@/lib/server/consents/record-consent';

export const recordConsentAction = scopedAction(
  { schema: recordConsentSchema, permission: 'mentoring.manage', revalidate: ['/consents', '/pairs', '/dashboard'] },
  recordConsent,
);

export const markConsentsReceivedAction = scopedAction(
  { schema: markConsentsReceivedSchema, permission: 'mentoring.manage', revalidate: ['/consents', '/pairs', '/dashboard'] },
  markConsentsReceived,
);
