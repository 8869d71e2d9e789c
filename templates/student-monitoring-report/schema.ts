// Data of the report on the monitoring of the student model's mentoring program at a school:
// stage 1 — the quality of the program by question (count, mean, distribution) with its
// strengths and weaknesses; stage 2 — the change before/after per form. The app computes the
// figures (lib/domain/students/swot.ts); the report holds counts and means, never a child's name.
import { z } from 'zod';
import { isoDate, line, PRESENT, text } from '@/templates/_parts';
import { signer } from '@/templates/district-order-regulation/schema';

const count = (what: string) => z.number({ error: `${what}: ожидается число` }).int(`${what}: ожидается целое число`).min(0, `${what} не может быть отрицательным`);
const score = (what: string) =>
  z.number({ error: `${what}: ожидается число` }).min(1, `${what}: оценка от 1 до 10`).max(10, `${what}: оценка от 1 до 10`).nullable();

const questionRow = z.object(
  { respondent: line(50), text: text(500), count: count('число ответов'), mean: score('средняя оценка'), distribution: line(200) },
  PRESENT,
);
const swotRow = z.object({ respondent: line(50), text: text(500), mean: score('средняя оценка').unwrap() }, PRESENT);
const growthRow = z.object(
  { form: line(200), question: text(500), matched: count('число участников'), before: score('оценка до'), after: score('оценка после') },
  PRESENT,
);

export const schema = z
  .object(
    {
      /** The school as it heads the report. */
      author: line(500),
      periodFrom: isoDate,
      periodTo: isoDate,
      date: isoDate,
      respondents: z.object({ mentors: count('число наставников'), mentees: count('число наставляемых'), curators: count('число кураторов') }, PRESENT),
      thresholds: z.object({ strength: z.number().min(1).max(10), weakness: z.number().min(1).max(10) }, PRESENT),
      questions: z.array(questionRow, { error: 'ожидается список' }).max(100, 'не больше 100 вопросов'),
      strengths: z.array(swotRow, { error: 'ожидается список' }).max(100),
      weaknesses: z.array(swotRow, { error: 'ожидается список' }).max(100),
      /** Open answers worth quoting: what was good, what to improve. */
      remarks: z.array(text(2000), { error: 'ожидается список' }).max(100, 'не больше 100 замечаний'),
      growth: z.array(growthRow, { error: 'ожидается список' }).max(500),
      signer,
    },
    PRESENT,
  )
  .refine((d) => d.periodFrom <= d.periodTo, { message: 'начало периода позже его окончания', path: ['periodTo'] })
  .refine((d) => d.thresholds.weakness <= d.thresholds.strength, { message: 'порог слабой стороны выше порога сильной', path: ['thresholds'] });

export type StudentMonitoringReport = z.output<typeof schema>;
