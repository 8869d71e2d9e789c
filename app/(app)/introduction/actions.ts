'use server';

import { introductionSchema, issueIntroductionSchema } from '@/lib/domain/validations/introduction';
import { scopedAction } from '@/lib/server/action';
import { issueIntroduction } from '@/lib/server/introduction/issue-introduction';
import { prepareIntroduction } from '@/lib/server/introduction/prepare-introduction';

export const prepareIntroductionAction = scopedAction(
  { schema: introductionSchema, permission: 'mentoring.manage', revalidate: ['/introduction', '/dashboard', '/documents'] },
  prepareIntroduction,
);

export const issueIntroductionAction = scopedAction(
  { schema: issueIntroductionSchema, permission: 'documents.issue', revalidate: ['/introduction', '/dashboard', '/documents'] },
  issueIntroduction,
);
