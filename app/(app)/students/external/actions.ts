'use server';

import { externalMentorSchema, updateExternalMentorSchema } from '@/lib/domain/validations/students-people';
import { scopedAction } from '@/lib/server/action';
import { createExternalMentor, updateExternalMentor } from '@/lib/server/students/external-mentors';

export const createExternalMentorAction = scopedAction(
  { schema: externalMentorSchema, permission: 'students.manage', revalidate: ['/students/external'] },
  createExternalMentor,
);
export const updateExternalMentorAction = scopedAction(
  { schema: updateExternalMentorSchema, permission: 'students.manage', revalidate: ['/students/external'] },
  updateExternalMentor,
);
