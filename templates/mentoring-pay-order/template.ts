// The personnel order assigning mentoring work and setting its payment: «Поручить [дат.] …
// выполнение работы по наставничеству в отношении [род.] …» and «установить [дат.] выплату за
// наставничество в размере …», each mentor's point citing the additional agreement; the
// preamble cites ст. 351.8 (among the school's legal bases), the pay-system clause and the pair order.
import { declineFullName } from '@/lib/core/russian';
import type { DocumentModel, NumberedItem } from '@/lib/documents/model';
import { gendered } from '@/templates/_school/forms';
import { schoolOrder } from '@/templates/_school/order';
import { joinWithAnd } from '@/templates/_school/pairs';
import { positionIn } from '@/templates/_school/staff';
import { termText } from '@/templates/_school/term';
import { dateAndNumber } from '@/templates/_school/wording';
import type { MentoringPayOrder, PaidMentor } from './schema';

export const TITLE = 'О поручении работы по наставничеству и установлении выплаты за наставничество';
export const PAYMENT_NAME = 'выплата за наставничество';

function mentorPoint(m: PaidMentor): NumberedItem {
  const who = `${declineFullName(m.mentor.person, 'dative')}, ${positionIn(m.mentor, 'dative')},`;
  const own = gendered(m.mentor.person, { male: 'его', female: 'ее' });
  const mentees = joinWithAnd(m.mentees.map((x) => `${positionIn(x, 'genitive')} ${declineFullName(x.person, 'genitive')}`));
  const term = termText(m.start, m.end);
  return {
    text:
      `Поручить ${who} с ${own} письменного согласия выполнение работы по наставничеству в отношении ${mentees} на период ${term} ` +
      `и установить ${gendered(m.mentor.person, { male: 'ему', female: 'ей' })} выплату за наставничество в размере ${m.paymentSize} на тот же период ` +
      `в соответствии с дополнительным соглашением к трудовому договору ${dateAndNumber(m.agreement)}.`,
  };
}

export function build(data: MentoringPayOrder): DocumentModel {
  const points: NumberedItem[] = [
    ...data.mentors.map(mentorPoint),
    { text: 'Бухгалтерии производить начисление выплаты за наставничество в соответствии с настоящим приказом пропорционально периоду выполнения работы по наставничеству.' },
    { text: 'Контроль за исполнением приказа оставляю за собой.' },
  ];
  return schoolOrder({
    title: TITLE,
    org: data.org,
    date: data.date,
    number: data.number,
    legalBases: [...data.legalBases, { title: data.payBasis }],
    reasons: [
      `приказом ${dateAndNumber(data.pairOrder)} «О закреплении наставнических пар (групп)»`,
      'на основании письменного согласия работников и дополнительных соглашений к трудовым договорам',
    ],
    points,
    acknowledgement: data.acknowledgement,
  });
}
