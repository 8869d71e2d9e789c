// The order «О закреплении наставнических пар (групп)»:
// cites the Положение and the participants' written consent, assigns each mentee to the
// mentor («закрепить [вин.] за [твор.]»), sets the mentors' payment («установить [дат.]
// доплату»), and lists the pairs in its annex.
import { declineFullName, formatDate, initialsBefore, quote } from '@/lib/core/russian';
import type { Block, DocumentModel, NumberedItem, TableRow } from '@/lib/documents/model';
import { schoolOrder } from '@/templates/_school/order';
import { joinWithAnd } from '@/templates/_school/pairs';
import { termText } from '@/templates/_school/term';
import { dateAndNumber, regulationCited } from '@/templates/_school/wording';
import type { AssignedPair, PairOrder } from './schema';

export const TITLE = 'О закреплении наставнических пар (групп)';

function assignment(pair: AssignedPair): NumberedItem {
  const mentees = joinWithAnd(pair.mentees.map((m) => declineFullName(m.person, 'accusative')));
  const group = pair.kind === 'group' ? ' (наставническая группа)' : '';
  return {
    text: `Закрепить ${mentees} за ${declineFullName(pair.mentor.person, 'instrumental')}${group} на период ${termText(pair.start, pair.end)}, форма наставничества ${quote(pair.form)}.`,
  };
}

function payment(pair: AssignedPair & { paymentSize: string }): NumberedItem {
  const agreement = pair.agreement ? ` в соответствии с дополнительным соглашением к трудовому договору ${dateAndNumber(pair.agreement)}` : '';
  return {
    text: `Установить ${declineFullName(pair.mentor.person, 'dative')} доплату за выполнение работы по наставничеству в размере ${pair.paymentSize} на период ${termText(pair.start, pair.end)}${agreement}.`,
  };
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
  const paid = data.pairs.filter((p): p is AssignedPair & { paymentSize: string } => p.paymentSize !== null);

  const points: NumberedItem[] = [
    { text: `Утвердить список наставнических пар (групп)${period} (приложение).` },
    ...data.pairs.map(assignment),
    ...paid.map(payment),
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

  const reasons = [
    'на основании письменного согласия наставников и наставляемых на участие в наставнической деятельности и дополнительных соглашений к трудовым договорам, заключенных с наставниками',
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
    reasons,
    points,
    acknowledgement: data.acknowledgement,
    annex: { title: `Список наставнических пар (групп)${period}`, blocks: annexTable },
  });
}
