// The personnel order stopping the mentoring payment: «Прекратить [дат.] … выплату за
// наставничество, установленную приказом от … № …-лс, с …» with the reason: the order that
// ended the work early, or the end of the agreement's term.
import { declineFullName, formatDate } from '@/lib/core/russian';
import type { DocumentModel, NumberedItem } from '@/lib/documents/model';
import { schoolOrder } from '@/templates/_school/order';
import { positionIn } from '@/templates/_school/staff';
import { dateAndNumber } from '@/templates/_school/wording';
import type { MentoringPayStopOrder, StoppedPayment } from './schema';

export const TITLE = 'О прекращении выплаты за наставничество';

function point(p: StoppedPayment): NumberedItem {
  const why =
    p.ground.kind === 'terminated'
      ? `в связи с досрочным прекращением работы по наставничеству, порученной дополнительным соглашением к трудовому договору ${dateAndNumber(p.agreement)} (приказ ${dateAndNumber(p.ground.order)})`
      : `в связи с окончанием срока выполнения работы по наставничеству, порученной дополнительным соглашением к трудовому договору ${dateAndNumber(p.agreement)}`;
  return {
    text: `Прекратить ${declineFullName(p.mentor.person, 'dative')}, ${positionIn(p.mentor, 'dative')}, выплату за наставничество, установленную приказом ${dateAndNumber(p.payOrder)}, с ${formatDate(p.from)} ${why}.`,
  };
}

export function build(data: MentoringPayStopOrder): DocumentModel {
  return schoolOrder({
    title: TITLE,
    org: data.org,
    date: data.date,
    number: data.number,
    legalBases: data.legalBases,
    reasons: [],
    points: [
      ...data.payments.map(point),
      { text: 'Бухгалтерии прекратить начисление выплаты за наставничество с указанных дат.' },
      { text: 'Контроль за исполнением приказа оставляю за собой.' },
    ],
    acknowledgement: data.acknowledgement,
  });
}
