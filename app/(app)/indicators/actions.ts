'use server';

import { analyticalNoteSchema } from '@/lib/domain/validations/monitoring';
import { studentPlanSchema } from '@/lib/domain/validations/students-monitoring';
import { scopedAction } from '@/lib/server/action';
import { createAnalyticalNote } from '@/lib/server/indicators/create-analytical-note';
import { saveStudentPlan } from '@/lib/server/indicators/student-plans';

export const createAnalyticalNoteAction = scopedAction(
  { schema: analyticalNoteSchema, permission: 'indicators.view', revalidate: ['/documents'] },
  createAnalyticalNote,
);

export const saveStudentPlanAction = scopedAction({ schema: studentPlanSchema, permission: 'monitoring.manage', revalidate: ['/indicators'] }, saveStudentPlan);
