'use server';

import { paperConsentSchema, resetPasswordSchema } from '@/lib/domain/validations/account';
import { createUserSchema, setUserActiveSchema } from '@/lib/domain/validations/user';
import { recordPaperConsent } from '@/lib/server/account/record-consent';
import { resetPassword } from '@/lib/server/account/reset-password';
import { scopedAction } from '@/lib/server/action';
import { createUser } from '@/lib/server/users/create-user';
import { setUserActive } from '@/lib/server/users/set-user-active';

export const createUserAction = scopedAction(
  { schema: createUserSchema, permission: 'users.manage', revalidate: ['/users', '/dashboard'] },
  createUser,
);

export const setUserActiveAction = scopedAction(
  { schema: setUserActiveSchema, permission: 'users.manage', revalidate: ['/users'] },
  setUserActive,
);

export const resetPasswordAction = scopedAction({ schema: resetPasswordSchema, permission: 'users.manage' }, resetPassword);

export const recordPaperConsentAction = scopedAction(
  { schema: paperConsentSchema, permission: 'users.manage', revalidate: ['/users'] },
  recordPaperConsent,
);
