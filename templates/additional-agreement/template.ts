// The additional agreement to a mentor's employment contract (ст. 351.8 ТК РФ, since
// 01.03.2025): parties, the content, mentees, form and term of the mentoring work, the size
// and conditions of payment, early refusal and cancellation on 3 working days' notice,
// and the signatures of both parties.
import { declineFullName, formatDate, quote } from '@/lib/core/russian';
import type { Block, DocumentModel, NumberedItem } from '@/lib/documents/model';
import { BLANK_DATE, BLANK_NUMBER, placeOfIssue } from '@/templates/_parts';
import { bodyParagraph, gendered, signedBy } from '@/templates/_school/forms';
import { declinePosition } from '@/templates/_school/position';
import { termText } from '@/templates/_school/term';
import { dateAndNumber, enumerationItems, regulationCited } from '@/templates/_school/wording';
import type { AdditionalAgreement } from './schema';

/** «Директора» → «директора» inside a sentence; abbreviations («И.о.») keep their case. */
export const TITLE = 'Дополнительное соглашение к трудовому договору';

function inSentence(position: string): string {
  return /^[А-ЯЁ][а-яё]/.test(position) ? position[0].toLowerCase() + position.slice(1) : position;
}

function employerSide(data: AdditionalAgreement): string {
  const { org, founder } = data;
  if (founder) {
    const acting = gendered(founder.signer.person, { male: 'действующего', female: 'действующей' });
    return (
      `${founder.name}, осуществляющее полномочия работодателя в отношении руководителя ${org.shortName} (далее — Работодатель), в лице ${inSentence(declinePosition(founder.signer.position, 'genitive'))} ` +
      `${declineFullName(founder.signer.person, 'genitive')}, ${acting} на основании ${founder.authority}`
    );
  }
  const acting = gendered(org.head, { male: 'действующего', female: 'действующей' });
  return `${org.fullName} (далее — Работодатель) в лице ${inSentence(declinePosition(org.headPosition, 'genitive'))} ${declineFullName(org.head, 'genitive')}, ${acting} на основании ${data.headAuthority}`;
}

export function build(data: AdditionalAgreement): DocumentModel {
  const { org, mentor } = data;
  const parties =
    `${employerSide(data)}, с одной стороны, и ${declineFullName(mentor.person, 'nominative')}, ${mentor.position} (далее — Работник), с другой стороны, ` +
    `заключили настоящее дополнительное соглашение к трудовому договору ${dateAndNumber(data.contract)} о нижеследующем:`;
  const mentees = data.mentees.map((m) => `${declineFullName(m.person, 'nominative')}, ${m.position}`);
  const kind = data.kind === 'group' ? 'групповое наставничество' : 'индивидуальное наставничество';

  const terms: NumberedItem[] = [
    {
      text: `Работодатель поручает Работнику с его письменного согласия выполнение работы по наставничеству в соответствии со статьей 351.8 Трудового кодекса Российской Федерации и ${regulationCited(org, data.regulation)}, наряду с работой, определенной трудовым договором, в течение установленной продолжительности рабочего дня.`,
    },
    { text: 'Содержание работы по наставничеству:', children: enumerationItems(data.content) },
    { text: `${data.mentees.length > 1 ? 'Наставляемые' : 'Наставляемый'}: ${mentees.join('; ')}.` },
    { text: `Форма выполнения работы по наставничеству: ${kind}, форма наставничества ${quote(data.form)}.` },
    { text: `Срок выполнения работы по наставничеству: ${termText(data.start, data.end)}.` },
    {
      text: `За выполнение работы по наставничеству Работнику устанавливается выплата за наставничество в размере ${data.paymentSize}${data.payBasis ? ` в соответствии с ${data.payBasis}` : ''}.${data.paymentTerms ? ` ${data.paymentTerms}` : ''}`,
    },
    {
      text: 'Работник вправе досрочно отказаться от выполнения работы по наставничеству, а Работодатель — досрочно отменить поручение о ее выполнении, предупредив об этом другую сторону в письменной форме не позднее чем за три рабочих дня. Выплата за наставничество прекращается с даты прекращения работы по наставничеству.',
    },
    { text: 'Остальные условия трудового договора остаются неизменными.' },
    {
      text: `Настоящее соглашение вступает в силу с ${formatDate(data.start)}, составлено в двух экземплярах, имеющих одинаковую юридическую силу, по одному для каждой из Сторон.`,
    },
  ];

  const signatures: Block[] = [
    data.founder
      ? signedBy(['Работодатель:', data.founder.signer.position], data.founder.signer.person)
      : signedBy(['Работодатель:', `${org.headPosition} ${org.shortName}`], org.head),
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
      { kind: 'title', text: `к трудовому договору ${dateAndNumber(data.contract)}`, align: 'center' },
      { kind: 'dateNumber', date: placeOfIssue(org.city), number: data.date ? formatDate(data.date) : BLANK_DATE },
      bodyParagraph(parties),
      { kind: 'numbered', items: terms },
      ...signatures,
    ],
  };
}
