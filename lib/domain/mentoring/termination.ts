// Ending an assigned pair early (ст. 351.8 ТК РФ): the mentor's written refusal or the
// employer's cancellation, each with at least three working days' written notice. The dates
// are checked here, and the order's data is built from the pair.
import { earliestCancellationEnd } from '@/lib/core/calendar/working-days';
import { formatDate } from '@/lib/core/russian';
import type { LegalBasis, OrgRequisites } from '@/templates/_parts';
import type { ActRef } from '@/templates/_school/fields';
import { pairTerminationOrder } from '@/templates/pair-termination-order';
import type { PairTerminationOrder } from '@/templates/pair-termination-order/schema';
import { listedPeople } from './pair-order-data';
import { type PersonRow, staffMemberOf } from './staff';

/** `noticeDate` is the day the notice was received (the three working days run from it); a refusal carries the school's incoming number. */
export type TerminationReason = { kind: 'refusal'; noticeDate: string; incomingNumber: string | null } | { kind: 'cancellation'; noticeDate: string; grounds: string };

/** Field → Russian message for dates that do not fit the pair, the order and the notice period. */
export function terminationProblems(o: {
  noticeDate: string;
  endDate: string;
  today: string;
  orderIssueDate: string;
  pairEnd: string;
}): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  if (o.noticeDate > o.today) problems.noticeDate = ['Дата уведомления не может быть позже сегодняшней.'];
  else if (o.noticeDate < o.orderIssueDate) problems.noticeDate = [`Уведомление не может быть раньше приказа о закреплении (${formatDate(o.orderIssueDate)}).`];
  const earliest = earliestCancellationEnd(o.noticeDate);
  if (o.endDate < earliest) {
    problems.endDate = [`Не раньше ${formatDate(earliest)}: уведомляют не позднее чем за три рабочих дня (ст. 351.8 ТК РФ).`];
  } else if (o.endDate > o.pairEnd) {
    problems.endDate = [`Срок наставничества и так заканчивается ${formatDate(o.pairEnd)}.`];
  }
  return problems;
}

export function terminationOrderData(o: {
  org: OrgRequisites;
  legalBases: LegalBasis[];
  pairOrder: ActRef;
  /** The additional agreement whose work ends; null where the mentor worked within the job function. */
  agreement: ActRef | null;
  /** Whether the mentor was paid (an agreement's work): the order then refers to the personnel order stopping the payment. */
  paid: boolean;
  mentor: PersonRow;
  mentees: PersonRow[];
  reason: TerminationReason;
  endDate: string;
  curator: PersonRow | null;
}): { title: string; data: PairTerminationOrder; listed: PersonRow[] } {
  const listed = listedPeople([{ mentor: o.mentor, mentees: o.mentees, form: '', start: '', end: '', agreement: null, basis: 'agreement' }], o.curator);
  return {
    title: pairTerminationOrder.title,
    listed,
    data: {
      org: o.org,
      date: null,
      number: null,
      legalBases: o.legalBases,
      pairOrder: o.pairOrder,
      mentor: staffMemberOf(o.mentor),
      agreement: o.agreement,
      mentees: o.mentees.map(staffMemberOf),
      reason: o.reason,
      endDate: o.endDate,
      paid: o.paid,
      curator: o.curator ? staffMemberOf(o.curator) : null,
      acknowledgement: listed.map(staffMemberOf),
    },
  };
}
