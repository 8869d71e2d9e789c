import type { Metadata } from 'next';
import Link from 'next/link';
import { MatchCard } from '@/components/pairs/match-card';
import { PairOrderPanel } from '@/components/pairs/pair-order-panel';
import { PairTable } from '@/components/pairs/pair-table';
import { PersonnelOrdersPanel } from '@/components/pairs/personnel-orders-panel';
import { addDays, addMonths } from '@/lib/core/calendar/iso-dates';
import { formatDate, fullNameOf } from '@/lib/core/russian';
import { MENTEE_CATEGORY_LABELS } from '@/lib/domain/mentoring/vocabulary';
import { todayIso } from '@/lib/server/clock';
import { loadDocument } from '@/lib/server/documents/load-document';
import { nextNumber } from '@/lib/server/documents/next-number';
import { notFoundOnAppError } from '@/lib/server/not-found';
import { listPairs } from '@/lib/server/pairs/list-pairs';
import { currentPairOrderDraft } from '@/lib/server/pairs/pair-order-draft';
import { personnelOrders } from '@/lib/server/pairs/personnel-orders';
import { matchingBoard } from '@/lib/server/pairs/suggestions';
import { scopedPage } from '@/lib/server/scoped-read';
import {
  createPairAction,
  issuePairOrderAction,
  issuePersonnelOrderAction,
  preparePairOrderAction,
  preparePayOrderAction,
  preparePayStopOrderAction,
} from './actions';

export const metadata: Metadata = { title: 'Пары и группы' };

export default async function PairsPage({ searchParams }: { searchParams: Promise<{ issued?: string }> }) {
  const { read } = await scopedPage('mentoring.manage');
  const { issued: issuedId } = await searchParams;
  const today = todayIso();
  const [board, pairs, draft, personnel, issued] = await Promise.all([
    read(matchingBoard),
    read(listPairs),
    read(currentPairOrderDraft),
    read(personnelOrders),
    // The order just issued (the issue form comes back with its id): what it is and a link to it.
    issuedId ? notFoundOnAppError(read(loadDocument, issuedId)) : null,
  ]);
  // A school year's worth by default: nine months, within the 3–12 of a ППН.
  const term = { start: today, end: addDays(addMonths(today, 9), -1) };
  const forming = pairs.filter((p) => p.pair.status === 'forming');
  return (
    <>
      <h1>Наставнические пары и группы</h1>

      <h2>Подбор наставников</h2>
      {board.unpaired.length === 0 ? (
        <p className="notice">
          Наставляемых без пары нет.{' '}
          {board.mentors.length === 0 && (
            <>
              Заполните <Link href="/banks">банки наставников и наставляемых</Link>.
            </>
          )}
        </p>
      ) : (
        <>
          <p className="muted">
            Наставники упорядочены по баллам: совпадение компетенций с дефицитами наставляемого, тот же предмет, свободные места, обучение. Выберите любого
            наставника банка; полностью загруженного выбрать нельзя.
          </p>
          {board.unpaired.map((m) => (
            <MatchCard
              key={m.person.id}
              mentee={{
                id: m.person.id,
                name: fullNameOf(m.person),
                position: m.person.position,
                category: MENTEE_CATEGORY_LABELS[m.category],
                deficits: m.deficits,
                requests: m.requests,
              }}
              suggestions={m.suggestions}
              term={term}
              action={createPairAction}
            />
          ))}
        </>
      )}

      <h2>Пары и группы</h2>
      {pairs.length === 0 ? (
        <p className="notice">Пар пока нет.</p>
      ) : (
        <>
          <PairTable pairs={pairs} />
          <p className="muted">
            Чтобы сделать пару группой, добавить наставляемого, распустить пару или досрочно прекратить наставничество, откройте её. Согласия участников — на странице{' '}
            <Link href="/consents">«Согласия»</Link>.
          </p>
        </>
      )}

      <h2>Приказ о закреплении наставнических пар (групп)</h2>
      {issued?.status === 'issued' && (
        <p className="form-ok" role="status" data-testid="pair-order-issued">
          Приказ № {issued.number} от {formatDate(issued.issueDate!)} издан, пары закреплены:{' '}
          <Link href={`/documents/${issued.id}`}>открыть приказ и лист ознакомления</Link>.
        </p>
      )}
      <PairOrderPanel
        forming={forming.length}
        ready={forming.filter((p) => p.complete).length}
        draft={draft}
        today={today}
        nextNumber={draft ? await read(nextNumber, draft.id, today) : undefined}
        prepare={preparePairOrderAction}
        issue={issuePairOrderAction}
      />

      <h2>Приказы по личному составу</h2>
      <PersonnelOrdersPanel
        {...personnel}
        today={today}
        preparePay={preparePayOrderAction}
        prepareStop={preparePayStopOrderAction}
        issue={issuePersonnelOrderAction}
      />
    </>
  );
}
