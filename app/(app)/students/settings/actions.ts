'use server';

import { studentSettingsSchema } from '@/lib/domain/validations/students-people';
import { scopedAction } from '@/lib/server/action';
import { saveStudentSettings } from '@/lib/server/students/settings';

export const saveStudentSettingsAction = scopedAction({ schema: studentSettingsSchema, permission: 'students.manage', revalidate: ['/students/settings'] }, saveStudentSettings);
