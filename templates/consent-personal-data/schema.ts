// Data of the consent to the processing of personal data (152-ФЗ, ст. 9 ч. 4): a separate
// document since 01.09.2025, never bundled with the consent to mentoring. Each detail of the
// identity document is its own field; an unknown one prints as a blank to fill in by hand.
import { z } from 'zod';
import { isoDate, optional, orgRequisites, personName, PRESENT } from '@/templates/_parts';
import { longText, shortText } from '@/templates/_school/fields';
import { personalDataCitations } from '@/templates/_school/personal-data-law';

/** A name with its address: the processor, a recipient. */
export const namedAddress = z.object({ name: shortText(), address: shortText() }, PRESENT);

export const identityDocument = z.object(
  {
    /** «паспорт гражданина Российской Федерации». */
    kind: shortText(),
    series: optional(z.string().trim().max(20, 'серия: не длиннее 20 символов')),
    number: optional(z.string().trim().max(30, 'номер: не длиннее 30 символов')),
    issuedOn: optional(isoDate),
    issuedBy: optional(shortText()),
  },
  PRESENT,
);

export const schema = z.object({
  org: orgRequisites,
  /** The operator's address, which the law requires in the consent. */
  operatorAddress: shortText(),
  /** Who processes the data on the operator's instruction (whoever hosts the app), or null. */
  processor: optional(namedAddress),
  subject: z.object({
    person: personName,
    identityDocument,
    address: optional(shortText()),
  }),
  role: z.enum(['mentor', 'mentee'], { error: 'роль: mentor (наставник) или mentee (наставляемый)' }),
  purposes: z.array(longText()).min(1, 'укажите цель обработки').max(20, 'не больше 20 целей'),
  data: z.array(shortText()).min(1, 'укажите персональные данные').max(40, 'не больше 40 категорий данных'),
  actions: longText(),
  /** Third parties the data are provided to, with their addresses (the municipal office, the regional centre). */
  recipients: z.array(namedAddress).max(20, 'не больше 20 получателей'),
  term: longText().refine((s) => !/номенклатур/i.test(s), 'срок: укажите конкретный срок, а не «в сроки номенклатуры дел»'),
  /** The legal references as the school's settings word them when the consent was printed or issued. */
  citations: personalDataCitations,
  date: optional(isoDate),
});

export type ConsentPersonalData = z.output<typeof schema>;
