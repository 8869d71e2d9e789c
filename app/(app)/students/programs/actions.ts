'use server';

import { createStudentProgramSchema, markStudentProgramSchema, studentProgramFormSchema } from '@/lib/domain/students/program-input';
import { scopedAction } from '@/lib/server/action';
import { createStudentProgram, markStudentProgramRow, saveStudentProgram } from '@/lib/server/students/programs';

export const createStudentProgramAction = scopedAction(
  { schema: createStudentProgramSchema, permission: 'students.manage', revalidate: ['/students/programs'] },
  createStudentProgram,
);

export const saveStudentProgramAction = scopedAction(
  { schema: studentProgramFormSchema, permission: 'students.manage', revalidate: ['/students/programs'] },
  saveStudentProgram,
);

export const markStudentProgramAction = scopedAction(
  { schema: markStudentProgramSchema, permission: 'students.manage', revalidate: ['/students/programs'] },
  markStudentProgramRow,
);
