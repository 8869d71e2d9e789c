// Data of the consent to distribution (152-ФЗ ст. 10.1) of a participant of the mentoring of
// students: needed where stage 7 publishes the names or photos of the pairs (the school's
// setting). Signed by the legal representative for a pupil.
import { z } from 'zod';
import { optional, orgRequisites } from '@/templates/_parts';
import { longText, shortText } from '@/templates/_school/fields';
import { signerFields } from '@/templates/student-consent-personal-data/parts';

export const schema = z.object({
  org: orgRequisites,
  operatorAddress: shortText(),
  operatorInn: optional(z.string().trim().regex(/^\d{10}$/, 'ИНН организации: 10 цифр')),
  operatorOgrn: optional(z.string().trim().regex(/^\d{13}$/, 'ОГРН: 13 цифр')),
  ...signerFields,
  contact: optional(shortText()),
  resources: z.array(shortText()).min(1, 'укажите сайт (раздел), где публикуются сведения').max(10, 'не больше 10 ресурсов'),
  purposes: z.array(longText()).min(1, 'укажите цель распространения').max(10, 'не больше 10 целей'),
  data: z.array(shortText()).min(1, 'укажите данные, разрешенные для распространения').max(30, 'не больше 30 категорий данных'),
  conditions: optional(longText()),
  term: longText(),
});

export type StudentConsentDistribution = z.output<typeof schema>;

export const STUDENT_DISTRIBUTION_DEFAULTS = {
  purposes: ['информирование о реализации программы наставничества обучающихся на официальном сайте организации в разделе «Наставничество», в том числе о лучших наставнических парах (группах) и их результатах'],
  data: ['фамилия, имя', 'класс (для обучающегося)', 'роль в программе наставничества (наставник, наставляемый)', 'фотографическое изображение', 'результаты участия в программе наставничества'],
  term: 'в течение срока участия в программе наставничества и 1 года после его окончания, если согласие не будет отозвано ранее',
};
