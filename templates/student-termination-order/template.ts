// The order ending a pupil's participation early: states the date and the reason (a withdrawn
// consent), ends the pair or takes the pupil out of the group with a reference to the order
// that assigned it, and charges the curator with stopping the processing of the data.
import { declineFullName, formatDate, initialsBefore } from '@/lib/core/russian';
import type { DocumentModel, NumberedItem } from '@/lib/documents/model';
import { schoolOrder } from '@/templates/_school/order';
import { dateAndNumber } from '@/templates/_school/wording';
import { menteeIn, mentorIn } from '@/templates/student-pair-order/parts';
import type { StudentTerminationOrder } from './schema';

export const TITLE = 'О прекращении участия в программе наставничества обучающихся';

export function build(data: StudentTerminationOrder): DocumentModel {
  const on = formatDate(data.endedOn);
  const assigned = `закрепленной приказом ${dateAndNumber(data.pairOrder)}`;
  const points: NumberedItem[] = [
    { text: `Прекратить с ${on} участие ${menteeIn(data.mentee, 'genitive')} в программе наставничества обучающихся в связи с ${data.reason.replace(/[.\s]+$/, '')}.` },
    data.wholePair
      ? { text: `Считать прекращенной с ${on} наставническую пару ${menteeIn(data.mentee, 'genitive')} и ${mentorIn(data.mentor, 'genitive')}, форма наставничества «${data.form}», ${assigned.replace('закрепленной', 'закрепленную')}.` }
      : { text: `Исключить с ${on} ${menteeIn(data.mentee, 'accusative')} из наставнической группы ${mentorIn(data.mentor, 'genitive')}, форма наставничества «${data.form}», ${assigned}; группа продолжает работу в прежнем составе без исключенного обучающегося.` },
    ...(data.curator
      ? [{ text: `Куратору программы наставничества обучающихся ${initialsBefore(data.curator.person, 'dative')} внести изменения в базу наставляемых и обеспечить прекращение обработки персональных данных в сроки, установленные статьей 21 Федерального закона «О персональных данных».` }]
      : []),
    { text: 'Контроль за исполнением приказа оставляю за собой.' },
  ];
  return schoolOrder({
    title: TITLE,
    heading: `${TITLE} (${declineFullName(data.mentee.person, 'nominative')})`,
    org: data.org,
    date: data.date,
    number: data.number,
    legalBases: data.legalBases,
    reasons: [`на основании заявления об отзыве согласия`],
    points,
    acknowledgement: data.acknowledgement,
  });
}
