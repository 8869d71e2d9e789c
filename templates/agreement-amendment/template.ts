// An additional agreement changing the mentoring agreement (ст. 72 ТК РФ): the parties as in
// the agreement, the changed points in the new wording — the points are those of the
// additional-agreement template (3 mentees, 5 term, 6 payment) — the date they apply from,
// and the signatures with the employee's receipt of a copy.
import { declineFullName, formatDate } from '@/lib/core/russian';
import type { Block, DocumentModel, NumberedItem } from '@/lib/documents/model';
import { BLANK_DATE, BLANK_NUMBER, placeOfIssue } from '@/templates/_parts';
import { bodyParagraph, gendered, signedBy } from '@/templates/_school/forms';
import { declinePosition } from '@/templates/_school/position';
import { termText } from '@/templates/_school/term';
import { dateAndNumber } from '@/templates/_school/wording';
import type { AgreementAmendment } from './schema';

export const TITLE = 'Дополнительное соглашение об изменении условий работы по наставничеству';

function inSentence(position: string): string {
  return /^[А-ЯЁ][а-яё]/.test(position) ? position[0]!.toLowerCase() + position.slice(1) : position;
}

export function build(data: AgreementAmendment): DocumentModel {
  const { org, mentor } = data;
  const acting = gendered(org.head, { male: 'действующего', female: 'действующей' });
  const parties =
    `${org.fullName} (далее — Работодатель) в лице ${inSentence(declinePosition(org.headPosition, 'genitive'))} ${declineFullName(org.head, 'genitive')}, ` +
    `${acting} на основании ${data.headAuthority}, с одной стороны, и ${declineFullName(mentor.person, 'nominative')}, ${mentor.position} (далее — Работник), с другой стороны, ` +
    `в соответствии со статьей 72 Трудового кодекса Российской Федерации заключили настоящее соглашение о внесении изменений в дополнительное соглашение ${dateAndNumber(data.agreement)} к трудовому договору ${dateAndNumber(data.contract)} (далее — Соглашение о наставничестве):`;

  const changes: NumberedItem[] = [
    ...(data.mentees
      ? [{ text: `Пункт 3 Соглашения о наставничестве изложить в следующей редакции: «${data.mentees.length > 1 ? 'Наставляемые' : 'Наставляемый'}: ${data.mentees.map((m) => `${declineFullName(m.person, 'nominative')}, ${m.position}`).join('; ')}.»` }]
      : []),
    ...(data.term ? [{ text: `Пункт 5 Соглашения о наставничестве изложить в следующей редакции: «Срок выполнения работы по наставничеству: ${termText(data.term.start, data.term.end)}.»` }] : []),
    ...(data.paymentSize
      ? [
          {
            text: `Пункт 6 Соглашения о наставничестве изложить в следующей редакции: «За выполнение работы по наставничеству Работнику устанавливается выплата за наставничество в размере ${data.paymentSize}${data.payBasis ? ` в соответствии с ${data.payBasis}` : ''}.»`,
          },
        ]
      : []),
  ];
  const terms: NumberedItem[] = [
    { text: 'Внести в Соглашение о наставничестве следующие изменения:', children: changes },
    { text: `Изменения вступают в силу с ${formatDate(data.effectiveFrom)}.` },
    { text: 'Остальные условия Соглашения о наставничестве и трудового договора остаются неизменными.' },
    { text: 'Настоящее соглашение составлено в двух экземплярах, имеющих одинаковую юридическую силу, по одному для каждой из Сторон, и является неотъемлемой частью трудового договора.' },
  ];
  const signatures: Block[] = [
    signedBy(['Работодатель:', `${org.headPosition} ${org.shortName}`], org.head),
    signedBy(['Работник:', mentor.position], mentor.person),
    { kind: 'spacer' },
    { kind: 'paragraph', runs: [`Второй экземпляр соглашения ${gendered(mentor.person, { male: 'получил', female: 'получила' })}:`], keepWithNext: true },
    { kind: 'signLine', left: '(дата)', right: '(подпись)' },
  ];
  return {
    title: `${TITLE} (${declineFullName(mentor.person, 'nominative')})`,
    leftMarginMm: 30,
    blocks: [
      { kind: 'docType', text: `ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № ${data.number ?? BLANK_NUMBER}` },
      { kind: 'title', text: `об изменении дополнительного соглашения ${dateAndNumber(data.agreement)} к трудовому договору ${dateAndNumber(data.contract)}`, align: 'center' },
      { kind: 'dateNumber', date: placeOfIssue(org.city), number: data.date ? formatDate(data.date) : BLANK_DATE },
      bodyParagraph(parties),
      { kind: 'numbered', items: terms },
      ...signatures,
    ],
  };
}
