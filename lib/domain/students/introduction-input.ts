// The form of /students/introduction: the order's fields, the Положение section by section
// (clauses apart by a blank line, «–» lines as enumerations) and the roadmap rows. Shared by
// the client form and the server action.
import { z } from 'zod';
import { isoDateField, optionalText, requiredText, uuid } from '@/lib/domain/validations/fields';

const optionalDate = (label: string) =>
  z
    .string()
    .optional()
    .transform((s) => s || null)
    .pipe(isoDateField(label).nullable());

export const STUDENT_SECTION_TEXT_MAX = 8000;

export const studentIntroductionSchema = z.object({
  curatorId: z.string().min(1, 'Выберите куратора из сотрудников.').pipe(uuid),
  curatorPosition: requiredText('Должность куратора', 300),
  startDate: optionalDate('Дата внедрения'),
  roadmapPeriod: optionalText('Период дорожной карты', 300),
  purpose: requiredText('Цель внедрения', 5000),
  legalBases: requiredText('Правовые основания', 20000),
  curatorDuties: requiredText('Поручения куратору', 20000),
  councilDate: optionalDate('Дата протокола педсовета'),
  councilNumber: optionalText('Номер протокола педсовета', 30),
  sections: z
    .array(z.object({ title: requiredText('Название раздела', 300), text: requiredText('Текст раздела', STUDENT_SECTION_TEXT_MAX) }))
    .min(1, 'В положении нужен хотя бы один раздел.')
    .max(30, 'Не больше 30 разделов.'),
  stages: z
    .array(
      z.object({
        name: requiredText('Этап', 300),
        activities: requiredText('Мероприятия', 5000),
        term: requiredText('Сроки', 300),
        responsible: requiredText('Ответственный', 300),
        result: requiredText('Результат', 5000),
      }),
    )
    .min(1, 'В дорожной карте нужен хотя бы один этап.')
    .max(50, 'Не больше 50 этапов.'),
});
export type StudentIntroductionInput = z.input<typeof studentIntroductionSchema>;
export type StudentIntroduction = z.output<typeof studentIntroductionSchema>;

export const issueStudentIntroductionSchema = z.object({ documentId: uuid, issueDate: isoDateField('Дата приказа') });
