// The order «О закреплении наставнических пар (групп)»: the organisational part only — it
// cites the Положение and the participants' written consent, assigns each mentee to the
// mentor («закрепить [вин.] за [твор.]») with what the mentor's work rests on, charges the
// curator, and lists the pairs in its annex. The payment is a personnel matter (Перечень,
// ст. 434): the personnel order «-лс» sets it, and this order refers to it.
import { declineFullName, formatDate, initialsAfter, initialsBefore, quote } from '@/lib/core/russian';
import type { Block, DocumentModel, NumberedItem, TableRow } from '@/lib/documents/model';
import { schoolOrder } from '@/templates/_school/order';
import { joinWithAnd } from '@/templates/_school/pairs';
import { termText } from '@/templates/_school/term';
import { dateAndNumber, regulationCited } from '@/templates/_school/wording';
import type { AssignedPair, PairOrder } from './schema';

export const TITLE = 'О закреплении наставнических пар (групп)';

function restsOn(pair: AssignedPair): string {
  switch (pair.basis) {
    case 'agreement':
      return pair.agreement ? ` (дополнительное соглашение к трудовому договору ${dateAndNumber(pair.agreement)})` : '';
    case 'founder_agreement':
      return ` (дополнительное соглашение к трудовому договору, заключенное с учредителем${pair.agreement ? `, ${dateAndNumber(pair.agreement)}` : ''})`;
    case 'job_function':
      return ' в рамках трудовой функции по занимаемой должности';
  }
}

function assignment(pair: AssignedPair): NumberedItem {
  const mentees = joinWithAnd(pair.mentees.map((m) => declineFullName(m.person, 'accusative')));
  const group = pair.kind === 'group' ? ' (наставническая группа)' : '';
  return {
    text: `Закрепить ${mentees} за ${declineFullName(pair.mentor.person, 'instrumental')}${group} на период ${termText(pair.start, pair.end)}, форма наставничества ${quote(pair.form)}${restsOn(pair)}.`,
  };
}

const withAgreement = (p: AssignedPair) => p.basis !== 'job_function';

/**
 * «… и дополнительных соглашений к трудовым договорам, заключенных с наставниками»: said of all
 * mentors only when all have one; with some mentoring within their job function it names
 * those who have, so no mentor stands under a preamble citing an agreement he never signed.
 */
function reasons(pairs: AssignedPair[]): string[] {
  const consent = 'на основании письменного согласия наставников и наставляемых на участие в наставнической деятельности';
  const signed = [...new Map(pairs.filter(withAgreement).map((p) => [initialsAfter(p.mentor.person, 'instrumental'), p])).keys()];
  if (signed.length === 0) return [consent];
  if (pairs.every(withAgreement)) return [`${consent} и дополнительных соглашений к трудовым договорам, заключенных с наставниками`];
  return [`${consent} и дополнительных соглашений к трудовым договорам, заключенных с ${signed.length > 1 ? 'наставниками' : 'наставником'} (${joinWithAnd(signed)})`];
}

function personnelPoint(data: PairOrder): NumberedItem[] {
  if (!data.pairs.some(withAgreement)) return [];
  const order = data.personnelOrder ? ` (приказ ${dateAndNumber(data.personnelOrder)})` : '';
  return [{ text: `Поручение работы по наставничеству и установление выплаты за наставничество наставникам, заключившим дополнительные соглашения к трудовым договорам, оформить приказом по личному составу${order}.` }];
}

function annexRows(pairs: AssignedPair[]): TableRow[] {
  return pairs.flatMap((pair, i) =>
    pair.mentees.map((mentee, k) => ({
      cells: [
        k === 0 ? `${i + 1}.` : '',
        declineFullName(pair.mentor.person, 'nominative'),
        pair.mentor.position,
        declineFullName(mentee.person, 'nominative'),
        mentee.position,
        pair.form,
        `${formatDate(pair.start)} –\n${formatDate(pair.end)}`,
      ],
    })),
  );
}

export function build(data: PairOrder): DocumentModel {
  const { org } = data;
  const period = data.period ? ` ${data.period}` : '';

  const points: NumberedItem[] = [
    { text: `Утвердить список наставнических пар (групп)${period} (приложение).` },
    ...data.pairs.map(assignment),
    ...personnelPoint(data),
    ...(data.programsDue
      ? [{ text: `Наставникам совместно с наставляемыми разработать персонализированные программы наставничества в срок до ${formatDate(data.programsDue)}.` }]
      : []),
    ...(data.curator
      ? [
          {
            text: `Куратору реализации программ наставничества ${initialsBefore(data.curator.person, 'dative')} обеспечить организационно-методическое сопровождение наставнических пар (групп) и мониторинг реализации персонализированных программ наставничества.`,
          },
        ]
      : []),
    { text: 'Контроль за исполнением приказа оставляю за собой.' },
  ];

  const annexTable: Block[] = [
    {
      kind: 'table',
      columns: [
        { header: '№ п/п', width: 1, align: 'center' },
        { header: 'Ф.И.О. наставника', width: 2.9 },
        { header: 'Должность', width: 2.6 },
        { header: 'Ф.И.О. наставляемого', width: 3.2 },
        { header: 'Должность', width: 2.6 },
        { header: 'Форма наставничества', width: 3.1 },
        { header: 'Срок реализации ППН', width: 2.5, align: 'center' },
      ],
      rows: annexRows(data.pairs),
    },
  ];

  return schoolOrder({
    title: TITLE,
    heading: `${TITLE}${period}`,
    org,
    date: data.date,
    number: data.number,
    legalBases: [...data.legalBases, { title: regulationCited(org, data.regulation) }],
    reasons: reasons(data.pairs),
    points,
    acknowledgement: data.acknowledgement,
    annex: { title: `Список наставнических пар (групп)${period}`, blocks: annexTable },
  });
}
