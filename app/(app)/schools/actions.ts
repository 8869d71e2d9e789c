'use server';

import { createSchoolSchema } from '@/lib/domain/validations/school';
import { scopedAction } from '@/lib/server/action';
import { createSchool } from '@/lib/server/schools/create-school';

export const createSchoolAction = scopedAction(
  { schema: createSchoolSchema, permission: 'schools.create', revalidate: ['/schools', '/dashboard'] },
  createSchool,
);
