'use server';

import { monitoringReportSchema, questionnaireSchema } from '@/lib/domain/validations/students-monitoring';
import { scopedAction } from '@/lib/server/action';
import { createMonitoringReport } from '@/lib/server/students/monitoring';
import { saveQuestionnaire } from '@/lib/server/students/questionnaires';

// A teacher mentor fills their own questionnaire (programs.mark); the op narrows who may enter what.
export const saveQuestionnaireAction = scopedAction(
  { schema: questionnaireSchema, permission: 'programs.mark', revalidate: ['/students/monitoring'] },
  saveQuestionnaire,
);

export const createMonitoringReportAction = scopedAction(
  { schema: monitoringReportSchema, permission: 'students.manage', revalidate: ['/documents'] },
  createMonitoringReport,
);
