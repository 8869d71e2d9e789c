// Orders and agreements that change pairs are issued only through their own operations
// (issuePairOrder, issueTerminationOrder, issueAmendment), which check consents and update the pairs in the same transaction.
// The register's generic issue action asks this guard first.
import 'server-only';
import type { Tx } from '@/db/client';
import { conflict } from '@/lib/core/errors';
import type { Scope } from '@/lib/server/auth/scope';
import { agreementAmendment } from '@/templates/agreement-amendment';
import { pairOrder } from '@/templates/pair-order';
import { pairTerminationOrder } from '@/templates/pair-termination-order';
import { loadDocument } from '../documents/load-document';

const ISSUED_FROM_PAIRS_PAGE = new Set<string>([pairOrder.name, pairTerminationOrder.name, agreementAmendment.name]);
/** The student pair order is issued through its own consent gate on /students/pairs. */
const ISSUED_FROM_STUDENT_PAIRS = new Set<string>(['student-pair-order', 'student-termination-order', 'student-results-order']);

export async function refuseIssueOutsidePairs(tx: Tx, scope: Scope, documentId: string): Promise<void> {
  const doc = await loadDocument(tx, scope, documentId);
  if (ISSUED_FROM_PAIRS_PAGE.has(doc.template) && doc.status === 'draft') {
    throw conflict('Этот документ издаётся на странице пары в разделе «Пары и группы» (/pairs): там проверяются согласия участников и обновляются пары.');
  }
  if (ISSUED_FROM_STUDENT_PAIRS.has(doc.template) && doc.status === 'draft') {
    throw conflict('Этот документ издаётся в разделе «Пары и группы обучающихся» (/students/pairs): там проверяются согласия участников и законных представителей.');
  }
}
