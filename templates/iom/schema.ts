// Data of an individual educational route (ИОМ) of a teacher: either the long route of
// 4–5 years or the school-year card, with directions of work and the activities under each,
// their dates, planned results and what was done.
import { z } from 'zod';
import { isoDate, optional, orgRequisites } from '@/templates/_parts';
import { longText, shortText } from '@/templates/_school/fields';
import { staffMember } from '@/templates/_school/staff';
import { termCheck } from '@/templates/_school/term';

const activity = z.object({
  title: longText(),
  /** 'октябрь 2025 г.', '2026–2027 уч. г.'. */
  due: shortText(),
  /** The planned result and the form it is presented in. */
  result: longText(),
  /** What was actually done; null while not done. */
  done: optional(longText()),
});

const direction = z.object({
  /** «Предметная компетентность», «Методическая компетентность» … */
  title: shortText(),
  activities: z.array(activity).min(1, 'добавьте хотя бы одно мероприятие').max(50, 'не больше 50 мероприятий'),
});

export const iomFormat = z.enum(['route', 'card'], { error: 'вид: route (маршрут на 4–5 лет) или card (карта на учебный год)' });

const routeTerm = termCheck(48, 60, 'срок индивидуального образовательного маршрута — от 4 до 5 лет');
const cardTerm = termCheck(1, 12, 'карта индивидуального образовательного маршрута составляется на срок до 1 года');

export const schema = z
  .object({
    org: orgRequisites,
    format: iomFormat,
    teacher: staffMember,
    mentor: optional(staffMember),
    curator: optional(staffMember),
    start: isoDate,
    end: isoDate,
    /** Тема самообразования; null leaves the line out. */
    theme: optional(longText()),
    deficits: z.array(longText()).min(1, 'укажите хотя бы один профессиональный дефицит').max(30, 'не больше 30 дефицитов'),
    goal: longText(),
    directions: z.array(direction).min(1, 'добавьте хотя бы одно направление').max(20, 'не больше 20 направлений'),
  })
  .superRefine((v, ctx) => (v.format === 'route' ? routeTerm : cardTerm)(v, ctx));

export type IndividualRoute = z.output<typeof schema>;
