// The pair order on the pairs page: preparing (or refreshing) the draft from the pairs whose
// consents are complete, what still blocks its issue, and issuing it through the consent gate.
import Link from 'next/link';
import { IssueForm } from '@/components/documents/issue-form';
import type { ActionResult } from '@/lib/server/action-result';
import type { IssueResult } from '@/lib/server/documents/issue-document';
import { ActionButton } from './action-button';

interface Props {
  forming: number;
  ready: number;
  draft: { id: string; title: string; pairs: number; problem: string | null } | null;
  today: string;
  nextNumber?: { year: number; number: string };
  prepare: (input: Record<string, never>) => Promise<ActionResult<{ id: string; pairs: number; waiting: number }>>;
  issue: (input: { documentId: string; issueDate: string }) => Promise<ActionResult<IssueResult>>;
}

export function PairOrderPanel({ forming, ready, draft, today, nextNumber, prepare, issue }: Props) {
  return (
    <div className="card">
      <p>
        Формируются: {forming}, из них с полным комплектом согласий: {ready}. В приказ включаются только пары, все участники которых дали согласие.
      </p>
      {forming > 0 && (
        <ActionButton
          action={prepare}
          input={{}}
          label={draft ? 'Обновить проект приказа о закреплении пар' : 'Подготовить приказ о закреплении пар'}
          pendingLabel="Подготовка…"
        />
      )}
      {draft && (
        <div data-pair-order={draft.id}>
          <p>
            Проект: <Link href={`/documents/${draft.id}`}>{draft.title}</Link> (пар: {draft.pairs}) —{' '}
            <a href={`/documents/${draft.id}#preview`}>просмотр PDF</a>
          </p>
          {draft.problem ? (
            <p className="notice">Издать нельзя. {draft.problem}</p>
          ) : (
            <IssueForm documentId={draft.id} today={today} numbered nextNumber={nextNumber} showIssued action={issue} />
          )}
        </div>
      )}
    </div>
  );
}
