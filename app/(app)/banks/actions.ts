'use server';

import { menteeSchema, mentorListOrderSchema, mentorSchema, removeFromBankSchema } from '@/lib/domain/validations/banks';
import { scopedAction } from '@/lib/server/action';
import { createMentorListOrder } from '@/lib/server/banks/create-mentor-list-order';
import { removeFromBank } from '@/lib/server/banks/remove-from-bank';
import { saveMentee } from '@/lib/server/banks/save-mentee';
import { saveMentor } from '@/lib/server/banks/save-mentor';

const BANK_PAGES = ['/banks', '/staff', '/dashboard', '/pairs'];

export const saveMenteeAction = scopedAction({ schema: menteeSchema, permission: 'mentoring.manage', revalidate: BANK_PAGES }, saveMentee);

export const saveMentorAction = scopedAction({ schema: mentorSchema, permission: 'mentoring.manage', revalidate: BANK_PAGES }, saveMentor);

export const removeFromBankAction = scopedAction({ schema: removeFromBankSchema, permission: 'mentoring.manage', revalidate: BANK_PAGES }, removeFromBank);

export const createMentorListOrderAction = scopedAction(
  { schema: mentorListOrderSchema, permission: 'mentoring.manage', revalidate: ['/banks', '/documents', '/dashboard'] },
  createMentorListOrder,
);
