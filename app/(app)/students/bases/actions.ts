'use server';

import { addStudentMenteeSchema, addStudentMentorSchema, studentMentorStageSchema } from '@/lib/domain/validations/students-pairs';
import { scopedAction } from '@/lib/server/action';
import { addStudentMentee, addStudentMentor, setStudentMentorStage } from '@/lib/server/students/bases';

const PAGES = ['/students/bases', '/students/pairs'];

export const addStudentMenteeAction = scopedAction({ schema: addStudentMenteeSchema, permission: 'students.manage', revalidate: PAGES }, addStudentMentee);
export const addStudentMentorAction = scopedAction({ schema: addStudentMentorSchema, permission: 'students.manage', revalidate: PAGES }, addStudentMentor);
export const setStudentMentorStageAction = scopedAction({ schema: studentMentorStageSchema, permission: 'students.manage', revalidate: PAGES }, setStudentMentorStage);
