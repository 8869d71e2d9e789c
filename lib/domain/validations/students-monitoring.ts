// Forms of the student model's monitoring: the region's planned indicator values per year.
import { z } from 'zod';
import { PLAN_YEARS } from '@/lib/domain/students/indicators';

/** A per cent typed the Russian way («2,5») or with a dot. */
const share = (label: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.trim().replace(',', '.'))) : v),
    z
      .number({ error: `${label}: укажите число процентов.` })
      .min(0, `${label}: не меньше 0 %.`)
      .max(100, `${label}: не больше 100 %.`)
      .refine((n) => Math.round(n * 100) === n * 100 || Math.abs(Math.round(n * 100) - n * 100) < 1e-6, `${label}: не больше двух знаков после запятой.`),
  );

export const studentPlanSchema = z.object({
  year: z.coerce
    .number({ error: 'Укажите год.' })
    .int('Укажите год числом.')
    .min(PLAN_YEARS.min, `Плановые значения задаются с ${PLAN_YEARS.min} года.`)
    .max(PLAN_YEARS.max, `Год не позже ${PLAN_YEARS.max}.`),
  menteeShare: share('Наставляемые 10–19 лет'),
  mentorShare: share('Наставники 15–19 лет'),
});
export type StudentPlanInput = z.input<typeof studentPlanSchema>;
