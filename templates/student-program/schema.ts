// Data of the mentoring program of a pair or group of the student model: the form and its role
// variant, the participants, goals and tasks, the plan of meetings and activities with dates
// and marks of completion, and the expected results.
import { z } from 'zod';
import { isoDate, optional, orgRequisites, personName } from '@/templates/_parts';
import { longText, shortText } from '@/templates/_school/fields';
import { staffMember } from '@/templates/_school/staff';

const participant = z.object({
  person: personName,
  /** «обучающийся 10 «А» класса», «студент 3 курса БПК», «инженер АО «Алтайвагон»». */
  role: shortText(),
});

const planRow = z.object({
  /** 'сентябрь 2025 г.', '15.10.2025', 'еженедельно'. */
  due: shortText(),
  activity: longText(),
  /** «встреча», «консультация», «совместный проект» … */
  form: shortText(),
  /** «выполнено 12.10.2025»; null while not done. */
  done: optional(shortText()),
});

export const schema = z
  .object({
    org: orgRequisites,
    form: shortText(),
    /** The role variant of the form; null where the pair has none. */
    variant: optional(shortText()),
    kind: z.enum(['individual', 'group'], { error: 'вид наставничества: individual или group' }),
    mentor: participant,
    mentees: z.array(participant).min(1, 'укажите хотя бы одного наставляемого').max(30, 'не больше 30 наставляемых'),
    curator: optional(staffMember),
    start: isoDate,
    end: isoDate,
    goal: longText(),
    tasks: z.array(longText()).min(1, 'укажите хотя бы одну задачу').max(30, 'не больше 30 задач'),
    plan: z.array(planRow).min(1, 'добавьте хотя бы одну встречу или мероприятие').max(100, 'не больше 100 строк плана'),
    results: z.array(longText()).min(1, 'укажите хотя бы один ожидаемый результат').max(30, 'не больше 30 результатов'),
  })
  .superRefine((d, ctx) => {
    if (d.end <= d.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'дата окончания должна быть позже даты начала', input: d.end });
  });

export type StudentProgram = z.output<typeof schema>;
