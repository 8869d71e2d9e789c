// Forms of the student model's monitoring: the region's planned indicator values per year.
import { z } from 'zod';
import { PLAN_YEARS } from '@/lib/domain/students/indicators';
import { QUESTIONNAIRE_ROLES, QUESTIONNAIRE_SOURCES, QUESTIONNAIRE_STAGES } from '@/lib/domain/students/vocabulary';
import { isoDateField, uuid } from './fields';

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

/** One questionnaire typed from paper or filled in the app; the answers are checked against its questions (parseAnswers). */
export const questionnaireSchema = z.object({
  pairId: z.preprocess((v) => (v === '' ? null : v), uuid.nullable()).default(null),
  pupilId: z.preprocess((v) => (v === '' ? null : v), uuid.nullable()).default(null),
  role: z.enum(QUESTIONNAIRE_ROLES, { error: 'Выберите, чья это анкета.' }),
  stage: z.enum(QUESTIONNAIRE_STAGES, { error: 'Выберите этап мониторинга.' }),
  source: z.enum(QUESTIONNAIRE_SOURCES, { error: 'Укажите, с бумаги ли анкета.' }),
  filledOn: isoDateField('Дата заполнения'),
  answers: z.record(z.string(), z.unknown(), { error: 'Ответы не получены.' }),
});
export type QuestionnaireInput = z.input<typeof questionnaireSchema>;

export const monitoringReportSchema = z
  .object({ periodFrom: isoDateField('Начало периода'), periodTo: isoDateField('Окончание периода') })
  .refine((r) => r.periodFrom <= r.periodTo, { message: 'Окончание периода раньше его начала.', path: ['periodTo'] });
export type MonitoringReportInput = z.input<typeof monitoringReportSchema>;
