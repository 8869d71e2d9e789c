// The personnel orders that follow the pair order (series «-лс», Перечень ст. 434): assigning
// the mentoring work with its payment, and stopping the payment once a pair has ended. The head
// prepares and issues them here, next to the pair order they rest on.
import Link from 'next/link';
import { IssueForm } from '@/components/documents/issue-form';
import { formatDate } from '@/lib/core/russian';
import type { ActionResult } from '@/lib/server/action-result';
import type { IssueResult } from '@/lib/server/documents/issue-document';
import type { PersonnelDoc } from '@/lib/server/pairs/personnel-orders';
import { ActionButton } from './action-button';

interface Slot {
  draft: PersonnelDoc | null;
  issued: PersonnelDoc | null;
}

interface Props {
  pay: Slot;
  stop: Slot;
  toPay: number;
  toStop: number;
  payBasisSet: boolean;
  today: string;
  preparePay: (input: Record<string, never>) => Promise<ActionResult<{ id: string; mentors: number }>>;
  prepareStop: (input: Record<string, never>) => Promise<ActionResult<{ id: string; mentors: number }>>;
  issue: (input: { documentId: string; issueDate: string }) => Promise<ActionResult<IssueResult>>;
}

function OrderSlot({ slot, today, issue, testId }: { slot: Slot; today: string; issue: Props['issue']; testId: string }) {
  return (
    <>
      {slot.issued && (
        <p>
          <span className="badge done">издан</span> <Link href={`/documents/${slot.issued.id}`}>{slot.issued.title}</Link> № {slot.issued.number} от{' '}
          {formatDate(slot.issued.issueDate!)}
        </p>
      )}
      {slot.draft && (
        <div data-testid={testId} data-document={slot.draft.id}>
          <p>
            Проект: <Link href={`/documents/${slot.draft.id}`}>{slot.draft.title}</Link> — <a href={`/documents/${slot.draft.id}#preview`}>просмотр PDF</a>
          </p>
          <IssueForm documentId={slot.draft.id} today={today} numbered action={issue} />
        </div>
      )}
    </>
  );
}

export function PersonnelOrdersPanel({ pay, stop, toPay, toStop, payBasisSet, today, preparePay, prepareStop, issue }: Props) {
  return (
    <div className="card">
      <p className="muted">
        Выплата за наставничество и её прекращение — приказы по личному составу со своей нумерацией (суффикс задаётся в{' '}
        <Link href="/school/settings">настройках школы</Link>). Наставничество в рамках трудовой функции выплаты не предусматривает.
      </p>
      <h3>О поручении работы по наставничеству и установлении выплаты за наставничество</h3>
      {!payBasisSet && (
        <p className="notice">
          Укажите в <Link href="/school/settings">настройках школы</Link> пункт Положения об оплате труда, на котором основана выплата: приказ ссылается на него.
        </p>
      )}
      {toPay > 0 ? (
        <ActionButton
          action={preparePay}
          input={{}}
          label={pay.draft ? 'Обновить проект приказа о выплате' : `Подготовить приказ о выплате (пар без приказа: ${toPay})`}
          pendingLabel="Подготовка…"
        />
      ) : (
        !pay.issued && <p className="muted">Приказ готовится после издания приказа о закреплении пар.</p>
      )}
      <OrderSlot slot={pay} today={today} issue={issue} testId="pay-order" />
      <h3>О прекращении выплаты за наставничество</h3>
      {toStop > 0 ? (
        <ActionButton
          action={prepareStop}
          input={{}}
          label={stop.draft ? 'Обновить проект приказа о прекращении выплаты' : `Подготовить приказ о прекращении выплаты (пар: ${toStop})`}
          pendingLabel="Подготовка…"
        />
      ) : (
        !stop.issued && <p className="muted">Нужен, когда пара с выплатой завершена или прекращена досрочно.</p>
      )}
      <OrderSlot slot={stop} today={today} issue={issue} testId="pay-stop-order" />
    </div>
  );
}
