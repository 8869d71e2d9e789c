// Consent to the processing of personal data in the mentoring of students: every element of
// ст. 9 ч. 4 152-ФЗ, with the legal representative and the document of their authority when
// the subject is a pupil, and the pupil's own signature from the school's co-signing age.
import { declineFullName } from '@/lib/core/russian';
import type { DocumentModel, NumberedItem } from '@/lib/documents/model';
import { bodyParagraph } from '@/templates/_school/forms';
import { enumerationItems } from '@/templates/_school/wording';
import { ROLE, signatures, signerOpening, whose } from './parts';
import type { StudentConsentPersonalData } from './schema';

export const TITLE = 'Согласие на обработку персональных данных участника программы наставничества обучающихся';

const trim = (s: string) => s.replace(/[.\s]+$/, '');

export function build(data: StudentConsentPersonalData): DocumentModel {
  const conditions: NumberedItem[] = [
    { text: 'Цели обработки персональных данных:', children: enumerationItems(data.purposes) },
    { text: `Перечень персональных данных, на обработку которых дается согласие: ${data.data.join('; ')}.` },
    { text: `Перечень действий с персональными данными и способы обработки: ${trim(data.actions)}.` },
    {
      text: data.processor
        ? `Обработку персональных данных по поручению оператора осуществляет: ${data.processor.name}, адрес: ${data.processor.address}.`
        : 'Обработка персональных данных по поручению оператора другому лицу не поручается.',
    },
    ...(data.recipients.length ? [{ text: 'Персональные данные предоставляются в указанных целях:', children: enumerationItems(data.recipients.map((r) => `${r.name}, адрес: ${r.address}`)) }] : []),
    { text: `Срок действия согласия: ${trim(data.term)}.` },
    {
      text: 'Согласие может быть отозвано в любое время путем направления оператору письменного заявления. После отзыва согласия оператор прекращает обработку персональных данных и уничтожает их в сроки, установленные статьей 21 Федерального закона «О персональных данных», если иное не предусмотрено федеральным законом; участие в программе наставничества при этом прекращается.',
    },
    { text: 'Настоящее согласие не является согласием на распространение персональных данных (статья 10.1 Федерального закона «О персональных данных»).' },
  ];
  const object = whose(data, 'на обработку персональных данных моего ребенка', 'на обработку моих персональных данных');
  return {
    title: `${TITLE} (${declineFullName(data.subject.person, 'nominative')})`,
    leftMarginMm: 20,
    blocks: [
      { kind: 'docType', text: 'СОГЛАСИЕ' },
      { kind: 'title', text: 'на обработку персональных данных участника программы наставничества обучающихся', align: 'center' },
      bodyParagraph(
        `${signerOpening(data)} в соответствии со статьей 9 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных» свободно, своей волей и в ${whose(data, 'интересе своего ребенка', 'своем интересе')} даю согласие оператору — ${data.org.fullName} (${data.org.shortName}), адрес: ${data.operatorAddress}, ${object} как участника программы наставничества обучающихся в качестве ${ROLE[data.role]} на следующих условиях:`,
      ),
      { kind: 'numbered', items: conditions },
      ...signatures(data),
    ],
  };
}
