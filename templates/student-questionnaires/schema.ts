// Data of the printable questionnaires (анкеты) of the student model's monitoring: the school
// and, per questionnaire, its title, who fills it and its questions — the app passes the
// questions of lib/domain/students/questionnaires.ts, so the blanks match what is entered.
import { z } from 'zod';
import { line, PRESENT, text } from '@/templates/_parts';

const questionnaire = z.object(
  {
    /** «Анкета наставника». */
    title: line(300),
    /** Who signs the blank: «наставник», «наставляемый», «куратор». */
    respondent: line(100),
    /** What the respondent marks before the questions, e.g. the stage («до начала программы / по завершении»). */
    note: z.string(PRESENT).trim().max(500, 'не длиннее 500 символов').default(''),
    scores: z.array(text(500), { error: 'ожидается список' }).max(30, 'не больше 30 вопросов'),
    open: z.array(text(500), { error: 'ожидается список' }).max(10, 'не больше 10 открытых вопросов'),
  },
  PRESENT,
);

export const schema = z.object(
  {
    /** The school's name as it heads the blank. */
    school: line(500),
    questionnaires: z
      .array(questionnaire, { error: 'ожидается список' })
      .min(1, 'добавьте хотя бы одну анкету')
      .max(10, 'не больше 10 анкет')
      .refine((qs) => qs.every((q) => q.scores.length + q.open.length > 0), 'в анкете нет ни одного вопроса'),
  },
  PRESENT,
);

export type StudentQuestionnaires = z.output<typeof schema>;
