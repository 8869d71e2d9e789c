// What the student model's orders share: a pupil named with their class, a mentor with what
// they are (a pupil of a class, a teacher with the position, a college student, an employer's
// representative), a pair or group with its form and role variant. Used by the pair order,
// the termination order and the results order.
import { z } from 'zod';
import { declineFullName, type GrammaticalCase } from '@/lib/core/russian';
import { isoDate, optional, personName, PRESENT } from '@/templates/_parts';
import { shortText } from '@/templates/_school/fields';

export const studentMentee = z.object({ person: personName, className: z.string().trim().min(1, 'укажите класс').max(10, 'класс: не длиннее 10 символов') }, PRESENT);
export type StudentMentee = z.output<typeof studentMentee>;

export const studentMentor = z.object(
  {
    person: personName,
    /** «обучающийся 10А класса», «педагог, учитель математики», «студент колледжа (вуза), ББК, 3 курс». */
    description: shortText(),
  },
  PRESENT,
);
export type StudentMentor = z.output<typeof studentMentor>;

export const studentPair = z
  .object({
    mentor: studentMentor,
    mentees: z.array(studentMentee).min(1, 'укажите наставляемого').max(15, 'не больше 15 наставляемых'),
    form: shortText(),
    variant: optional(shortText()),
    /** индивидуальное or групповое. */
    kind: shortText(),
    start: isoDate,
    end: isoDate,
  })
  .superRefine((p, ctx) => {
    if (p.end <= p.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'дата окончания раньше даты начала' });
  });
export type StudentPair = z.output<typeof studentPair>;

/** «Петрову Анну Сергеевну (7Б класс)» in the case a phrase needs. */
export function menteeIn(m: StudentMentee, c: GrammaticalCase): string {
  return `${declineFullName(m.person, c)} (${m.className} класс)`;
}

/** «Орловым Павлом Игоревичем (обучающийся 10А класса)». */
export function mentorIn(m: StudentMentor, c: GrammaticalCase): string {
  return `${declineFullName(m.person, c)} (${m.description})`;
}

export function formText(p: Pick<StudentPair, 'form' | 'variant'>): string {
  return `«${p.form}»${p.variant ? ` (ролевая модель «${p.variant}»)` : ''}`;
}
