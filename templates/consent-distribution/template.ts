// Consent to the processing of personal data permitted for distribution (ст. 10.1
// 152-ФЗ): the subject and how to contact them, the operator with its address, ИНН and
// ОГРН, the site where the data appear, the purpose, the data permitted, the conditions and
// prohibitions, the term and the demand that ends it.
import { declineFullName } from '@/lib/core/russian';
import type { DocumentModel, NumberedItem } from '@/lib/documents/model';
import { bodyParagraph, personalSignature } from '@/templates/_school/forms';
import { enumerationItems } from '@/templates/_school/wording';
import type { ConsentDistribution } from './schema';

const BLANK = '________________________________';
const SHORT_BLANK = '_______________';

export const TITLE = 'Согласие на обработку персональных данных, разрешенных для распространения';

export function build(data: ConsentDistribution): DocumentModel {
  const { person } = data.subject;
  const trim = (s: string) => s.replace(/[.\s]+$/, '');
  const cite = data.citations;
  const items: NumberedItem[] = [
    { text: 'Цель распространения персональных данных:', children: enumerationItems(data.purposes) },
    { text: 'Информационные ресурсы оператора, посредством которых осуществляется распространение:', children: enumerationItems(data.resources) },
    { text: `Персональные данные, разрешенные для распространения: ${data.data.join('; ')}. Иные мои персональные данные распространению не подлежат.` },
    {
      text: `Условия и запреты на обработку неограниченным кругом лиц (${cite.distributionConditions}): ${data.conditions ? trim(data.conditions) : 'не устанавливаю'}.`,
    },
    { text: `Срок действия согласия: ${trim(data.term)}.` },
    {
      text: `Согласие может быть отозвано мною в любое время путем направления оператору требования, содержащего фамилию, имя, отчество, контактную информацию и перечень персональных данных, обработка которых подлежит прекращению (${cite.distributionWithdrawal}); действие согласия прекращается с момента поступления оператору такого требования.`,
    },
  ];
  return {
    title: `${TITLE} (${declineFullName(person, 'nominative')})`,
    leftMarginMm: 20,
    blocks: [
      { kind: 'docType', text: 'СОГЛАСИЕ' },
      { kind: 'title', text: 'на обработку персональных данных, разрешенных субъектом персональных данных для распространения', align: 'center' },
      bodyParagraph(
        `Я, ${declineFullName(person, 'nominative')}, контактная информация (телефон, адрес электронной почты или почтовый адрес): ${data.subject.contact ?? BLANK}, ` +
          `${cite.distributionBasis} даю согласие оператору — ${data.org.fullName} (${data.org.shortName}), ` +
          `адрес: ${data.operatorAddress}, ИНН ${data.operatorInn ?? SHORT_BLANK}, ОГРН ${data.operatorOgrn ?? SHORT_BLANK}, на распространение моих персональных данных на следующих условиях:`,
      ),
      { kind: 'numbered', items },
      bodyParagraph('Настоящее согласие дается отдельно от согласия на обработку персональных данных и не заменяет его.'),
      personalSignature(person, data.date),
    ],
  };
}
