// The legal references the personal-data consents cite (152-ФЗ ст. 9, 10.1, 21), each as the
// phrase reads in the sentence that carries it. Data, not wording fixed in a template: the
// school edits them with its other personal-data terms (/school/settings) when the law or its
// numbering changes, and an issued consent keeps the phrases it was issued with in its data.
// A consent whose data predate the phrases reads them as these defaults, so it renders as before.
import { z } from 'zod';
import { PRESENT } from '@/templates/_parts';
import { shortText } from './fields';

export interface PersonalDataCitations {
  /** Opens the consent to processing: «…, {consentBasis} свободно, своей волей…». */
  consentBasis: string;
  /** The erasure after a withdrawal: «…уничтожает их {withdrawalTerms}, если иное…». */
  withdrawalTerms: string;
  /** «Настоящее согласие не является согласием на распространение персональных данных ({notDistribution}).» */
  notDistribution: string;
  /** Opens the consent to distribution: «…, {distributionBasis} даю согласие оператору…». */
  distributionBasis: string;
  /** «Условия и запреты на обработку неограниченным кругом лиц ({distributionConditions}): …». */
  distributionConditions: string;
  /** The demand that ends the consent to distribution: «…подлежит прекращению ({distributionWithdrawal})». */
  distributionWithdrawal: string;
}

export const DEFAULT_PERSONAL_DATA_CITATIONS: PersonalDataCitations = {
  consentBasis: 'в соответствии со статьей 9 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»',
  withdrawalTerms: 'в сроки, установленные статьей 21 Федерального закона «О персональных данных»',
  notDistribution: 'статья 10.1 Федерального закона «О персональных данных»',
  distributionBasis: 'в соответствии со статьей 10.1 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»',
  distributionConditions: 'часть 9 статьи 10.1 Федерального закона «О персональных данных»',
  distributionWithdrawal: 'часть 12 статьи 10.1 Федерального закона «О персональных данных»',
};

export const personalDataCitations = z
  .object(
    {
      consentBasis: shortText(),
      withdrawalTerms: shortText(),
      notDistribution: shortText(),
      distributionBasis: shortText(),
      distributionConditions: shortText(),
      distributionWithdrawal: shortText(),
    },
    PRESENT,
  )
  .default(DEFAULT_PERSONAL_DATA_CITATIONS);
