// Data of the analytical note on the monitoring of the mentoring system in a district or
// region (indicators worded as in the regional plan): key indicators with
// plan and fact, per-school counts, conclusions and recommendations. Percentages are
// computed by the template, so the data holds only counts and values.
import { z } from 'zod';
import { isoDate, line, text, PRESENT } from '@/templates/_parts';
import { signer } from '@/templates/district-order-regulation/schema';

const REQUIRED = PRESENT;

const value = (what: string) =>
  z.number({ error: `${what}: ожидается число` }).min(0, `${what} не может быть отрицательным`).max(1e9, `${what}: слишком большое число`);

const count = (what: string) => value(what).int(`${what}: ожидается целое число`);

const indicator = z.object(
  {
    /** 'Доля педагогических работников в возрасте до 35 лет со стажем работы менее 3 лет, охваченных …'. */
    name: text(1000),
    /** '%', 'ед.', 'чел.'. */
    unit: line(20),
    plan: value('плановое значение'),
    /** Null while the value is not yet known: the row shows a dash. */
    fact: value('фактическое значение').nullable(),
  },
  REQUIRED,
);

const school = z
  .object(
    {
      name: line(300),
      mentors: count('число наставников'),
      mentees: count('число наставляемых'),
      /** Pairs and groups together. */
      pairs: count('число пар (групп)'),
      /** Pedagogical workers under 35 with less than 3 years of experience. */
      youngTeachers: count('число молодых педагогов'),
      /** Of them, those who are mentees. */
      youngCovered: count('число охваченных молодых педагогов'),
    },
    REQUIRED,
  )
  .refine((s) => s.youngCovered <= s.youngTeachers, { message: 'охваченных молодых педагогов больше, чем молодых педагогов', path: ['youngCovered'] })
  .refine((s) => s.youngCovered <= s.mentees, { message: 'охваченных молодых педагогов больше, чем наставляемых', path: ['youngCovered'] })
  .refine((s) => s.pairs <= s.mentees, { message: 'пар (групп) больше, чем наставляемых', path: ['pairs'] })
  .refine((s) => s.pairs === 0 || s.mentors > 0, { message: 'есть пары (группы), но нет наставников', path: ['mentors'] });

export const schema = z
  .object({
    /** The organization that compiled the note, as in its header. */
    author: line(500),
    /** Territory in the genitive: 'Котельниковского муниципального района Волгоградской области'. */
    territory: line(300),
    periodFrom: isoDate,
    periodTo: isoDate,
    monitoringDate: isoDate,
    /** Date of the note itself. */
    date: isoDate,
    purpose: text(2000),
    indicators: z.array(indicator, { error: 'ожидается список' }).min(1, 'добавьте хотя бы один показатель').max(100, 'не больше 100 показателей'),
    schools: z.array(school, { error: 'ожидается список' }).min(1, 'добавьте хотя бы одну организацию').max(1000, 'не больше 1000 организаций'),
    conclusions: z.array(text(3000), { error: 'ожидается список' }).min(1, 'добавьте хотя бы один вывод').max(50, 'не больше 50 выводов'),
    recommendations: z.array(text(3000), { error: 'ожидается список' }).max(50, 'не больше 50 рекомендаций'),
    signer,
  })
  .refine((d) => d.periodFrom <= d.periodTo, { message: 'начало периода позже его окончания', path: ['periodTo'] })
  .refine((d) => d.monitoringDate >= d.periodFrom, { message: 'мониторинг раньше начала периода', path: ['monitoringDate'] })
  .refine((d) => d.date >= d.monitoringDate, { message: 'справка датирована раньше мониторинга', path: ['date'] });

export type AnalyticalNote = z.output<typeof schema>;
export type SchoolRow = AnalyticalNote['schools'][number];
