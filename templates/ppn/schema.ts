// Data of a personalized mentoring program (ППН, 3 months to 1 year): the pair or
// group, the mentee's deficits, the goal and tasks, and the plan of activities with marks
// of completion.
import { z } from 'zod';
import { optional, orgRequisites } from '@/templates/_parts';
import { actRef, longText, shortText } from '@/templates/_school/fields';
import { checkMentorPair, mentorPairShape } from '@/templates/_school/pairs';
import { staffMember } from '@/templates/_school/staff';

const activity = z.object({
  title: longText(),
  /** «консультация», «посещение урока», «мастер-класс» … */
  form: shortText(),
  /** 'октябрь 2025 г.', 'до 15.11.2025'. */
  due: shortText(),
  result: longText(),
  /** «выполнено 12.10.2025»; null while not done. */
  done: optional(shortText()),
});

export const schema = z
  .object({
    org: orgRequisites,
    ...mentorPairShape,
    curator: staffMember,
    /** The order (or protocol) that approved the program; null leaves the stamp out. */
    approvedBy: optional(actRef),
    deficits: z.array(longText()).min(1, 'укажите хотя бы один профессиональный дефицит').max(30, 'не больше 30 дефицитов'),
    goal: longText(),
    tasks: z.array(longText()).min(1, 'укажите хотя бы одну задачу').max(30, 'не больше 30 задач'),
    activities: z.array(activity).min(1, 'добавьте хотя бы одно мероприятие').max(100, 'не больше 100 мероприятий'),
  })
  .superRefine(checkMentorPair);

export type PersonalizedProgram = z.output<typeof schema>;
