'use server';

import { z } from 'zod';
import {
  createStudentPairSchema,
  recordStudentConsentSchema,
  studentAgreementSchema,
  studentConsentFormSchema,
  studentMeetingSchema,
  studentOrderIssueSchema,
  studentResultsOrderSchema,
  studentResultsSchema,
  withdrawStudentConsentSchema,
} from '@/lib/domain/validations/students-pairs';
import { scopedAction } from '@/lib/server/action';
import { createStudentConsentForm, recordStudentConsent, withdrawStudentConsent } from '@/lib/server/students/consents';
import { issueStudentPairOrder, prepareStudentPairOrder } from '@/lib/server/students/pair-order';
import { createStudentPair, recordStudentMeeting, setStudentPairAgreement, setStudentPairResults } from '@/lib/server/students/pairs';
import { issueStudentResultsOrder } from '@/lib/server/students/results';

const PAGES = ['/students/pairs', '/students/bases', '/dashboard', '/documents'];
const manage = <S extends z.ZodType>(schema: S) => ({ schema, permission: 'students.manage' as const, revalidate: PAGES });

export const createStudentPairAction = scopedAction(manage(createStudentPairSchema), createStudentPair);
export const recordStudentConsentAction = scopedAction(manage(recordStudentConsentSchema), recordStudentConsent);
export const withdrawStudentConsentAction = scopedAction(manage(withdrawStudentConsentSchema), withdrawStudentConsent);
export const studentConsentFormAction = scopedAction(manage(studentConsentFormSchema), createStudentConsentForm);
export const studentAgreementAction = scopedAction(manage(studentAgreementSchema), setStudentPairAgreement);
export const studentMeetingAction = scopedAction(manage(studentMeetingSchema), recordStudentMeeting);
export const studentResultsAction = scopedAction(manage(studentResultsSchema), setStudentPairResults);
export const prepareStudentPairOrderAction = scopedAction(manage(z.object({})), (ctx) => prepareStudentPairOrder(ctx));
// Registering under a number is the register's permission, as for every issue.
export const issueStudentPairOrderAction = scopedAction({ schema: studentOrderIssueSchema, permission: 'documents.issue', revalidate: PAGES }, issueStudentPairOrder);
export const issueStudentResultsOrderAction = scopedAction({ schema: studentResultsOrderSchema, permission: 'documents.issue', revalidate: PAGES }, issueStudentResultsOrder);
