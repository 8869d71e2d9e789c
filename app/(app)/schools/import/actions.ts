'use server';

import { schoolListFileSchema } from '@/lib/domain/validations/district';
import { scopedAction } from '@/lib/server/action';
import { importSchools, previewSchoolImport } from '@/lib/server/district/import-schools';

export const previewSchoolImportAction = scopedAction({ schema: schoolListFileSchema, permission: 'schools.create' }, previewSchoolImport);

export const importSchoolsAction = scopedAction(
  { schema: schoolListFileSchema, permission: 'schools.create', revalidate: ['/schools', '/dashboard', '/district/progress'] },
  importSchools,
);
