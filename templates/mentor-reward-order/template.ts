// The personnel order encouraging the best mentors (ст. 191 ТК РФ): «объявить благодарность
// [дат.]», «наградить почетной грамотой [вин.]», «выплатить премию [дат.] в размере …», after
// the order on the results; a premium cites the pay-system clause.
import { declineFullName } from '@/lib/core/russian';
import type { DocumentModel, NumberedItem } from '@/lib/documents/model';
import { schoolOrder } from '@/templates/_school/order';
import { positionIn } from '@/templates/_school/staff';
import { dateAndNumber } from '@/templates/_school/wording';
import type { Encouragement, MentorRewardOrder } from './schema';

export const TITLE = 'О поощрении наставников';

function encouragementPoint(e: Encouragement, org: { shortName: string }): NumberedItem {
  const merit = `за ${e.merit.replace(/^за\s+/i, '').replace(/[.\s]+$/, '')}`;
  const dative = `${declineFullName(e.recipient.person, 'dative')}, ${positionIn(e.recipient, 'dative')},`;
  switch (e.kind) {
    case 'gratitude':
      return { text: `Объявить благодарность ${dative} ${merit}.` };
    case 'certificate':
      return {
        text: `Наградить почетной грамотой ${org.shortName} ${declineFullName(e.recipient.person, 'accusative')}, ${positionIn(e.recipient, 'accusative')}, ${merit}.`,
      };
    case 'premium':
      return { text: `Выплатить премию ${dative} в размере ${e.size} ${merit}.` };
  }
}

export function build(data: MentorRewardOrder): DocumentModel {
  const premiums = data.encouragements.some((e) => e.kind === 'premium');
  return schoolOrder({
    title: TITLE,
    org: data.org,
    date: data.date,
    number: data.number,
    legalBases: [...data.legalBases, ...(premiums && data.payBasis ? [{ title: data.payBasis }] : [])],
    reasons: [
      data.resultsOrder
        ? `по итогам реализации программ наставничества педагогических работников (приказ ${dateAndNumber(data.resultsOrder)})`
        : 'по итогам реализации программ наставничества педагогических работников',
    ],
    points: [
      ...data.encouragements.map((e) => encouragementPoint(e, data.org)),
      ...(premiums ? [{ text: 'Бухгалтерии произвести выплату премий в соответствии с настоящим приказом.' }] : []),
      { text: 'Контроль за исполнением приказа оставляю за собой.' },
    ],
    acknowledgement: data.acknowledgement,
  });
}
