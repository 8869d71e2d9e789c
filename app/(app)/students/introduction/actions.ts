'use server';

import { issueStudentIntroductionSchema, studentIntroductionSchema } from '@/lib/domain/students/introduction-input';
import { scopedAction } from '@/lib/server/action';
import { issueStudentIntroduction, prepareStudentIntroduction } from '@/lib/server/students/introduction';

export const prepareStudentIntroductionAction = scopedAction(
  { schema: studentIntroductionSchema, permission: 'students.manage', revalidate: ['/students/introduction', '/documents'] },
  prepareStudentIntroduction,
);

export const issueStudentIntroductionAction = scopedAction(
  { schema: issueStudentIntroductionSchema, permission: 'documents.issue', revalidate: ['/students/introduction', '/documents'] },
  issueStudentIntroduction,
);
