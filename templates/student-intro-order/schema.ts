// Data of the order «О внедрении целевой модели наставничества обучающихся в …»: it approves
// the Положение (annex 1) and the roadmap (annex 2), names the forms of mentoring the school
// uses with their role variants and appoints the curator of the student model.
import { z } from 'zod';
import { isoDate, optional } from '@/templates/_parts';
import { longText, orderFields, shortText } from '@/templates/_school/fields';
import { acknowledgementList, staffMember } from '@/templates/_school/staff';

const form = z.object({
  name: shortText(),
  variants: z.array(shortText()).max(20, 'не больше 20 ролевых моделей формы'),
});

export const schema = z.object({
  ...orderFields,
  /** Continues «в целях …» in the preamble. */
  purpose: longText(),
  /** From when the model works; null leaves the date out of point 1. */
  startDate: optional(isoDate),
  /** The roadmap's period as it reads after its name: 'на 2025/2026 учебный год'. */
  roadmapPeriod: optional(shortText()),
  forms: z.array(form).min(1, 'укажите хотя бы одну форму наставничества').max(20, 'не больше 20 форм наставничества'),
  curator: staffMember,
  /** What the curator is charged with, each a clause after «Куратору … :». */
  curatorDuties: z.array(longText()).max(20, 'не больше 20 поручений куратору'),
  acknowledgement: acknowledgementList,
});

export type StudentIntroOrder = z.output<typeof schema>;
