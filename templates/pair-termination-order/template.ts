// The order ending a mentor pair (group) early: on the mentor's notice of refusal or on the
// employer's cancellation with notice (ст. 351.8 ТК РФ), citing the agreement being ended
// and the date the notice was received; the payment is stopped by a personnel order.
import { declineFullName, formatDate, initialsBefore } from '@/lib/core/russian';
import type { DocumentModel, NumberedItem } from '@/lib/documents/model';
import { schoolOrder } from '@/templates/_school/order';
import { joinWithAnd } from '@/templates/_school/pairs';
import { positionIn } from '@/templates/_school/staff';
import { dateAndNumber } from '@/templates/_school/wording';
import type { PairTerminationOrder } from './schema';

export const TITLE = 'О досрочном прекращении наставничества';

function reasons(data: PairTerminationOrder): string[] {
  const received = formatDate(data.reason.noticeDate);
  const agreement = data.agreement ? `, порученной дополнительным соглашением к трудовому договору ${dateAndNumber(data.agreement)}` : '';
  if (data.reason.kind === 'refusal') {
    const mentor = `${positionIn(data.mentor, 'genitive')} ${declineFullName(data.mentor.person, 'genitive')}`;
    const incoming = data.reason.incomingNumber ? ` (вх. № ${data.reason.incomingNumber})` : '';
    return [`на основании уведомления ${mentor} о досрочном отказе от выполнения работы по наставничеству${agreement}, полученного ${received}${incoming}`];
  }
  const mentor = `${positionIn(data.mentor, 'instrumental')} ${declineFullName(data.mentor.person, 'instrumental')}`;
  return [
    `в связи с ${data.reason.grounds.replace(/[.\s]+$/, '')}`,
    `с учетом уведомления о досрочной отмене поручения о выполнении работы по наставничеству${agreement}, полученного ${mentor} ${received}`,
  ];
}

export function build(data: PairTerminationOrder): DocumentModel {
  const { org, mentor } = data;
  const end = formatDate(data.endDate);
  const mentees = joinWithAnd(data.mentees.map((m) => `${positionIn(m, 'genitive')} ${declineFullName(m.person, 'genitive')}`));
  const points: NumberedItem[] = [
    {
      text: `Досрочно прекратить с ${end} наставничество ${positionIn(mentor, 'genitive')} ${declineFullName(mentor.person, 'genitive')} в отношении ${mentees}, ${data.mentees.length > 1 ? 'закрепленных' : 'закрепленного'} за ${declineFullName(mentor.person, 'instrumental')} приказом ${dateAndNumber(data.pairOrder)}${data.agreement ? `, и выполнение работы по наставничеству по дополнительному соглашению к трудовому договору ${dateAndNumber(data.agreement)}` : ''}.`,
    },
    ...(data.paid ? [{ text: `Прекращение выплаты за наставничество с ${end} оформить приказом по личному составу.` }] : []),
    ...(data.curator
      ? [
          {
            text: `Куратору реализации программ наставничества ${initialsBefore(data.curator.person, 'dative')} в срок до ${end} подготовить предложения о закреплении ${data.mentees.length > 1 ? 'наставляемых' : 'наставляемого'} за другим наставником.`,
          },
        ]
      : []),
    { text: 'Контроль за исполнением приказа оставляю за собой.' },
  ];
  return schoolOrder({
    title: TITLE,
    org,
    date: data.date,
    number: data.number,
    legalBases: data.legalBases,
    reasons: reasons(data),
    points,
    acknowledgement: data.acknowledgement,
  });
}
