'use server';

import { personSchema, staffFileSchema, staffImportSchema, updatePersonSchema } from '@/lib/domain/validations/person';
import { scopedAction } from '@/lib/server/action';
import { createPerson } from '@/lib/server/people/create-person';
import { importStaff } from '@/lib/server/people/import-staff';
import { previewStaffImport } from '@/lib/server/people/preview-staff-import';
import { readStaffFile } from '@/lib/server/people/read-staff-file';
import { updatePerson } from '@/lib/server/people/update-person';

const STAFF_PAGES = ['/staff', '/banks', '/dashboard'];

export const createPersonAction = scopedAction({ schema: personSchema, permission: 'staff.edit', revalidate: STAFF_PAGES }, createPerson);

export const updatePersonAction = scopedAction({ schema: updatePersonSchema, permission: 'staff.edit', revalidate: STAFF_PAGES }, updatePerson);

export const readStaffFileAction = scopedAction({ schema: staffFileSchema, permission: 'staff.edit' }, readStaffFile);

export const previewStaffImportAction = scopedAction({ schema: staffImportSchema, permission: 'staff.edit' }, previewStaffImport);

export const importStaffAction = scopedAction({ schema: staffImportSchema, permission: 'staff.edit', revalidate: STAFF_PAGES }, importStaff);
