'use server';

import {
  guardianSchema,
  pupilSchema,
  removeGuardianSchema,
  updateGuardianSchema,
  updatePupilSchema,
} from '@/lib/domain/validations/students-people';
import { scopedAction } from '@/lib/server/action';
import { addGuardian, removeGuardian, updateGuardian } from '@/lib/server/students/guardians';
import { createPupil, updatePupil } from '@/lib/server/students/pupils';

const PAGES = ['/students'];

export const createPupilAction = scopedAction({ schema: pupilSchema, permission: 'students.manage', revalidate: PAGES }, createPupil);
export const updatePupilAction = scopedAction({ schema: updatePupilSchema, permission: 'students.manage', revalidate: PAGES }, updatePupil);
export const addGuardianAction = scopedAction({ schema: guardianSchema, permission: 'students.manage' }, addGuardian);
export const updateGuardianAction = scopedAction({ schema: updateGuardianSchema, permission: 'students.manage' }, updateGuardian);
export const removeGuardianAction = scopedAction({ schema: removeGuardianSchema, permission: 'students.manage' }, removeGuardian);
