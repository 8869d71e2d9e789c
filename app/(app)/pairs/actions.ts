'use server';

import { z } from 'zod';
import {
  addMenteeSchema,
  amendmentSchema,
  cancellationNoticeSchema,
  createPairSchema,
  issueOrderSchema,
  pairIdSchema,
  pairKindSchema,
  terminationSchema,
} from '@/lib/domain/validations/pairs';
import { scopedAction } from '@/lib/server/action';
import { addMentee } from '@/lib/server/pairs/add-mentee';
import { createPair } from '@/lib/server/pairs/create-pair';
import { deletePair } from '@/lib/server/pairs/delete-pair';
import { issueAmendment } from '@/lib/server/pairs/issue-amendment';
import { issueCancellationNotice } from '@/lib/server/pairs/issue-cancellation-notice';
import { issuePairOrder } from '@/lib/server/pairs/issue-pair-order';
import { issuePersonnelOrder } from '@/lib/server/pairs/issue-personnel-order';
import { issueTerminationOrder } from '@/lib/server/pairs/issue-termination-order';
import { prepareAmendment } from '@/lib/server/pairs/prepare-amendment';
import { preparePairOrder } from '@/lib/server/pairs/prepare-pair-order';
import { preparePayOrder } from '@/lib/server/pairs/prepare-pay-order';
import { preparePayStopOrder } from '@/lib/server/pairs/prepare-pay-stop-order';
import { setPairKind } from '@/lib/server/pairs/set-pair-kind';
import { startTermination } from '@/lib/server/pairs/start-termination';

const PAGES = ['/pairs', '/consents', '/dashboard', '/documents'];

export const createPairAction = scopedAction({ schema: createPairSchema, permission: 'mentoring.manage', revalidate: PAGES }, createPair);

export const addMenteeAction = scopedAction({ schema: addMenteeSchema, permission: 'mentoring.manage', revalidate: PAGES }, addMentee);

export const setPairKindAction = scopedAction({ schema: pairKindSchema, permission: 'mentoring.manage', revalidate: PAGES }, setPairKind);

export const deletePairAction = scopedAction({ schema: pairIdSchema, permission: 'mentoring.manage', revalidate: PAGES }, deletePair);

export const preparePairOrderAction = scopedAction({ schema: z.object({}), permission: 'mentoring.manage', revalidate: PAGES }, (ctx) => preparePairOrder(ctx));

export const issuePairOrderAction = scopedAction({ schema: issueOrderSchema, permission: 'mentoring.manage', revalidate: PAGES }, issuePairOrder);

export const startTerminationAction = scopedAction({ schema: terminationSchema, permission: 'mentoring.manage', revalidate: PAGES }, startTermination);

export const issueTerminationOrderAction = scopedAction({ schema: issueOrderSchema, permission: 'mentoring.manage', revalidate: PAGES }, issueTerminationOrder);

export const preparePayOrderAction = scopedAction({ schema: z.object({}), permission: 'mentoring.manage', revalidate: PAGES }, (ctx) => preparePayOrder(ctx));

export const preparePayStopOrderAction = scopedAction({ schema: z.object({}), permission: 'mentoring.manage', revalidate: PAGES }, (ctx) => preparePayStopOrder(ctx));

// Issuing an order is the head's: the same permission as the register's issue.
export const issuePersonnelOrderAction = scopedAction({ schema: issueOrderSchema, permission: 'documents.issue', revalidate: PAGES }, issuePersonnelOrder);

export const prepareAmendmentAction = scopedAction({ schema: amendmentSchema, permission: 'mentoring.manage', revalidate: PAGES }, prepareAmendment);

// Registering under a number is the register's permission, as for every issue.
export const issueAmendmentAction = scopedAction({ schema: issueOrderSchema, permission: 'documents.issue', revalidate: PAGES }, issueAmendment);

export const issueCancellationNoticeAction = scopedAction(
  { schema: cancellationNoticeSchema, permission: 'documents.issue', revalidate: PAGES },
  issueCancellationNotice,
);
