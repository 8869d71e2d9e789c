// Data of the consent to the processing of a participant's personal data in the mentoring of
// students (152-ФЗ ст. 9 ч. 4): the subject, the legal representative with the identity
// document and the document confirming the authority, the operator with its address, the
// processor, purposes, data, actions, recipients, term and withdrawal. A document of its own,
// never bundled with the participation consent.
import { z } from 'zod';
import { orgRequisites, optional } from '@/templates/_parts';
import { longText, shortText } from '@/templates/_school/fields';
import { namedAddress } from '@/templates/consent-personal-data/schema';
import { signerFields } from './parts';

export const schema = z.object({
  org: orgRequisites,
  operatorAddress: shortText(),
  processor: optional(namedAddress),
  ...signerFields,
  purposes: z.array(longText()).min(1, 'укажите цель обработки').max(20, 'не больше 20 целей'),
  data: z.array(shortText()).min(1, 'укажите персональные данные').max(40, 'не больше 40 категорий данных'),
  actions: longText(),
  recipients: z.array(namedAddress).max(20, 'не больше 20 получателей'),
  term: longText().refine((s) => !/номенклатур/i.test(s), 'срок: укажите конкретный срок, а не «в сроки номенклатуры дел»'),
});

export type StudentConsentPersonalData = z.output<typeof schema>;
