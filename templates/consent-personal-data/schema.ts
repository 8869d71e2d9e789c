// Data of the consent to the processing of personal data (152-ФЗ, ст. 9 ч. 4): a separate
// document since 01.09.2025, never bundled with the consent to mentoring. Unknown identity
// details print as blanks to fill in by hand.
import { z } from 'zod';
import { isoDate, optional, orgRequisites, personName } from '@/templates/_parts';
import { longText, shortText } from '@/templates/_school/fields';

export const schema = z.object({
  org: orgRequisites,
  /** The operator's address, which the law requires in the consent. */
  operatorAddress: shortText(),
  subject: z.object({
    person: personName,
    /** 'паспорт 0104 123456, выдан ГУ МВД России по Алтайскому краю 12.03.2015'. */
    identityDocument: optional(shortText()),
    address: optional(shortText()),
  }),
  role: z.enum(['mentor', 'mentee'], { error: 'роль: mentor (наставник) или mentee (наставляемый)' }),
  purposes: z.array(longText()).min(1, 'укажите цель обработки').max(20, 'не больше 20 целей'),
  data: z.array(shortText()).min(1, 'укажите персональные данные').max(40, 'не больше 40 категорий данных'),
  actions: longText(),
  /** Third parties the data are provided to (the municipal coordinator, the regional operator). */
  recipients: z.array(shortText()).max(20, 'не больше 20 получателей'),
  term: longText(),
  date: optional(isoDate),
});

export type ConsentPersonalData = z.output<typeof schema>;
