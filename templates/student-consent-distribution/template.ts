// Consent to distribution (ст. 10.1 152-ФЗ) of a participant of the mentoring of students: the
// items the staff consent-distribution states, with the legal representative for a pupil.
import { declineFullName } from '@/lib/core/russian';
import type { DocumentModel, NumberedItem } from '@/lib/documents/model';
import { bodyParagraph } from '@/templates/_school/forms';
import { enumerationItems } from '@/templates/_school/wording';
import { BLANK, signatures, signerOpening, whose } from '@/templates/student-consent-personal-data/parts';
import type { StudentConsentDistribution } from './schema';

const SHORT_BLANK = '_______________';

export const TITLE = 'Согласие на распространение персональных данных участника программы наставничества обучающихся';

export function build(data: StudentConsentDistribution): DocumentModel {
  const trim = (s: string) => s.replace(/[.\s]+$/, '');
  const items: NumberedItem[] = [
    { text: 'Цель распространения персональных данных:', children: enumerationItems(data.purposes) },
    { text: 'Информационные ресурсы оператора, посредством которых осуществляется распространение:', children: enumerationItems(data.resources) },
    { text: `Персональные данные, разрешенные для распространения: ${data.data.join('; ')}. Иные персональные данные распространению не подлежат.` },
    { text: `Условия и запреты на обработку неограниченным кругом лиц (часть 9 статьи 10.1 Федерального закона «О персональных данных»): ${data.conditions ? trim(data.conditions) : 'не устанавливаются'}.` },
    { text: `Срок действия согласия: ${trim(data.term)}.` },
    {
      text: 'Согласие может быть отозвано в любое время путем направления оператору требования, содержащего фамилию, имя, отчество, контактную информацию и перечень персональных данных, обработка которых подлежит прекращению (часть 12 статьи 10.1 Федерального закона «О персональных данных»).',
    },
  ];
  return {
    title: `${TITLE} (${declineFullName(data.subject.person, 'nominative')})`,
    leftMarginMm: 20,
    blocks: [
      { kind: 'docType', text: 'СОГЛАСИЕ' },
      { kind: 'title', text: 'на обработку персональных данных, разрешенных для распространения, участника программы наставничества обучающихся', align: 'center' },
      bodyParagraph(
        `${signerOpening(data)} контактная информация: ${data.contact ?? BLANK}, в соответствии со статьей 10.1 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных» даю согласие оператору — ${data.org.fullName} (${data.org.shortName}), адрес: ${data.operatorAddress}, ИНН ${data.operatorInn ?? SHORT_BLANK}, ОГРН ${data.operatorOgrn ?? SHORT_BLANK}, на распространение ${whose(data, 'персональных данных моего ребенка', 'моих персональных данных')} на следующих условиях:`,
      ),
      { kind: 'numbered', items },
      bodyParagraph('Настоящее согласие дается отдельно от согласия на обработку персональных данных и не заменяет его.'),
      ...signatures(data),
    ],
  };
}
