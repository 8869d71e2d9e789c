// Data of the consent to the processing of personal data permitted for distribution
// (152-ФЗ ст. 10.1; the contents required by приказ Роскомнадзора от 24.02.2021 № 18): a
// separate document from the consent to processing, needed before a participant's name,
// photo or results appear on the school site.
import { z } from 'zod';
import { isoDate, optional, orgRequisites, personName } from '@/templates/_parts';
import { longText, shortText } from '@/templates/_school/fields';
import { personalDataCitations } from '@/templates/_school/personal-data-law';

export const schema = z.object({
  org: orgRequisites,
  operatorAddress: shortText(),
  /** ИНН and ОГРН of the operator; unknown ones print as blanks. */
  operatorInn: optional(z.string().trim().regex(/^\d{10}$/, 'ИНН организации: 10 цифр')),
  operatorOgrn: optional(z.string().trim().regex(/^\d{13}$/, 'ОГРН: 13 цифр')),
  subject: z.object({
    person: personName,
    /** Phone, e-mail or postal address to contact the subject. */
    contact: optional(shortText()),
  }),
  /** The operator's information resources the data are distributed through: the site and its section. */
  resources: z.array(shortText()).min(1, 'укажите сайт (раздел), где публикуются сведения').max(10, 'не больше 10 ресурсов'),
  purposes: z.array(longText()).min(1, 'укажите цель распространения').max(10, 'не больше 10 целей'),
  /** The data permitted for distribution. */
  data: z.array(shortText()).min(1, 'укажите данные, разрешенные для распространения').max(30, 'не больше 30 категорий данных'),
  /** Conditions and prohibitions of ч. 9 ст. 10.1; null when the subject sets none. */
  conditions: optional(longText()),
  term: longText(),
  /** The legal references as the school's settings word them when the consent was printed or issued. */
  citations: personalDataCitations,
  date: optional(isoDate),
});

export type ConsentDistribution = z.output<typeof schema>;
