'use server';

import { z } from 'zod';
import { isoDateField, uuid } from '@/lib/domain/validations/fields';
import { scopedAction } from '@/lib/server/action';
import { acknowledgeInApp, recordPaperAcknowledgement } from '@/lib/server/documents/acknowledge';
import { issueDocument } from '@/lib/server/documents/issue-document';
import { refuseIssueOutsidePairs } from '@/lib/server/pairs/issue-guard';

export const issueDocumentAction = scopedAction(
  { schema: z.object({ documentId: uuid, issueDate: isoDateField('Дата документа') }), permission: 'documents.issue', revalidate: ['/documents', '/dashboard'] },
  async (ctx, input) => {
    await refuseIssueOutsidePairs(ctx.tx, ctx.scope, input.documentId);
    return issueDocument(ctx, input);
  },
);

export const recordPaperAcknowledgementAction = scopedAction(
  {
    schema: z.object({ acknowledgementId: uuid, date: isoDateField('Дата ознакомления').nullable() }),
    permission: 'documents.issue',
    revalidate: ['/documents'],
  },
  recordPaperAcknowledgement,
);

export const acknowledgeInAppAction = scopedAction(
  { schema: z.object({ acknowledgementId: uuid }), permission: 'documents.acknowledge', revalidate: ['/dashboard', '/documents'] },
  acknowledgeInApp,
);
