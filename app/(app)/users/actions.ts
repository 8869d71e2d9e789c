'use server';

import { createUserSchema, setUserActiveSchema } from '@/lib/domain/validations/user';
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
