'use server';

import { pupilFileSchema, pupilImportSchema } from '@/lib/domain/validations/students-people';
import { scopedAction } from '@/lib/server/action';
import { importPupils, previewPupilImport, readPupilFile } from '@/lib/server/students/import';

export const readPupilFileAction = scopedAction({ schema: pupilFileSchema, permission: 'students.manage' }, readPupilFile);
export const previewPupilImportAction = scopedAction({ schema: pupilImportSchema, permission: 'students.manage' }, previewPupilImport);
export const importPupilsAction = scopedAction({ schema: pupilImportSchema, permission: 'students.manage', revalidate: ['/students'] }, importPupils);
