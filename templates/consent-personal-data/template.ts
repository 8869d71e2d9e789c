// Consent to the processing of personal data of a participant of mentoring: every element
// ст. 9 ч. 4 152-ФЗ requires (subject with the number, date and issuer of the identity
// document, operator and its address, the processor on its instruction, purposes, data,
// actions and methods, recipients with addresses, term, withdrawal) and nothing else — no
// other consent is bundled.
import { declineFullName, formatDate } from '@/lib/core/russian';
import type { DocumentModel, NumberedItem } from '@/lib/documents/model';
import { bodyParagraph, gendered, personalSignature } from '@/templates/_school/forms';
import { enumerationItems } from '@/templates/_school/wording';
import type { ConsentPersonalData } from './schema';

const BLANK = '________________________________';
const SHORT_BLANK = '__________';
const ROLE = { mentor: 'наставника', mentee: 'наставляемого' } as const;

export const TITLE = 'Согласие на обработку персональных данных';

export function build(data: ConsentPersonalData): DocumentModel {
  const { person } = data.subject;
  const registered = gendered(person, { male: 'зарегистрирован', female: 'зарегистрирована' });
  const doc = data.subject.identityDocument;
  const cite = data.citations;
  const identity =
    `${doc.kind}: серия ${doc.series ?? SHORT_BLANK}, номер ${doc.number ?? SHORT_BLANK}, дата выдачи ${doc.issuedOn ? formatDate(doc.issuedOn) : SHORT_BLANK}, ` +
    `кем выдан: ${doc.issuedBy ?? BLANK}`;
  const conditions: NumberedItem[] = [
    { text: 'Цели обработки персональных данных:', children: enumerationItems(data.purposes) },
    { text: `Перечень персональных данных, на обработку которых дается согласие: ${data.data.join('; ')}.` },
    { text: `Перечень действий с персональными данными и способы обработки: ${data.actions.replace(/[.\s]+$/, '')}.` },
    {
      text: data.processor
        ? `Обработку персональных данных по поручению оператора осуществляет: ${data.processor.name}, адрес: ${data.processor.address}.`
        : 'Обработка персональных данных по поручению оператора другому лицу не поручается.',
    },
    ...(data.recipients.length
      ? [{ text: 'Персональные данные предоставляются в указанных целях:', children: enumerationItems(data.recipients.map((r) => `${r.name}, адрес: ${r.address}`)) }]
      : []),
    { text: `Срок действия согласия: ${data.term.replace(/[.\s]+$/, '')}.` },
    {
      text: `Согласие может быть отозвано мною в любое время путем направления оператору письменного заявления. После отзыва согласия оператор прекращает обработку персональных данных и уничтожает их ${cite.withdrawalTerms}, если иное не предусмотрено федеральным законом.`,
    },
    { text: `Настоящее согласие не является согласием на распространение персональных данных (${cite.notDistribution}).` },
  ];
  return {
    title: `${TITLE} (${declineFullName(person, 'nominative')})`,
    leftMarginMm: 20,
    blocks: [
      { kind: 'docType', text: 'СОГЛАСИЕ' },
      { kind: 'title', text: 'на обработку персональных данных', align: 'center' },
      bodyParagraph(
        `Я, ${declineFullName(person, 'nominative')}, документ, удостоверяющий личность, — ${identity}, ${registered} по адресу: ${data.subject.address ?? BLANK}, ${cite.consentBasis} свободно, своей волей и в своем интересе даю согласие оператору — ${data.org.fullName} (${data.org.shortName}), адрес: ${data.operatorAddress}, на обработку моих персональных данных как участника системы наставничества педагогических работников в качестве ${ROLE[data.role]} на следующих условиях:`,
      ),
      { kind: 'numbered', items: conditions },
      personalSignature(person, data.date),
    ],
  };
}
