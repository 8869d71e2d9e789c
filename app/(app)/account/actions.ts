'use server';

import { changePasswordSchema, ownConsentSchema } from '@/lib/domain/validations/account';
import { changePassword } from '@/lib/server/account/change-password';
import { recordOwnConsent } from '@/lib/server/account/record-consent';
import { scopedAction } from '@/lib/server/action';

export const changePasswordAction = scopedAction(
  { schema: changePasswordSchema, permission: 'account.own', revalidate: ['/account'], allowWithOneTimePassword: true },
  changePassword,
);

export const recordOwnConsentAction = scopedAction(
  { schema: ownConsentSchema, permission: 'account.own', revalidate: ['/account', '/dashboard'] },
  recordOwnConsent,
);
