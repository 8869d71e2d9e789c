// The introduction form (/introduction): the order introducing the mentoring system, its
// annex 1 (Положение, each section's text in a textarea) and annex 2 (roadmap rows).
// Shared by the form and the server action.
import { z } from 'zod';
import { isoDateField, optionalText, requiredText, uuid } from './fields';

/** An optional date from <input type="date">: '' is none. */
const optionalDate = (label: string) =>
  z
    .string()
    .optional()
    .transform((s) => s || null)
    .pipe(isoDateField(label).nullable());

export const SECTION_TEXT_MAX = 8000;

export const regulationSectionRow = z.object({
  title: requiredText('Название раздела', 300),
  text: requiredText('Текст раздела', SECTION_TEXT_MAX),
});

export const roadmapStageRow = z.object({
  name: requiredText('Наименование этапа', 300),
  activities: requiredText('Содержание деятельности', 5000),
  term: requiredText('Сроки', 300),
  responsible: requiredText('Ответственный', 300),
  result: requiredText('Ожидаемый результат', 5000),
});

export const introductionSchema = z.object({
  curatorId: z.string().min(1, 'Выберите куратора из сотрудников.').pipe(uuid),
  curatorPosition: requiredText('Должность куратора', 300),
  /** A correction of the declined position in «назначить куратором …», when the automatic one is wrong. */
  curatorPositionAccusative: optionalText('Должность в винительном падеже', 300),
  startDate: optionalDate('Дата внедрения'),
  roadmapPeriod: optionalText('Период дорожной карты', 300),
  purpose: requiredText('Цель внедрения', 5000),
  curatorDuties: z.array(z.object({ text: requiredText('Поручение куратору', 5000) })).max(20, 'Не больше 20 поручений куратору.'),
  acknowledgementIds: z.array(uuid).max(300, 'Не больше 300 человек в листе ознакомления.'),
  councilDate: optionalDate('Дата протокола педсовета'),
  councilNumber: optionalText('Номер протокола педсовета', 30),
  hasUnion: z.boolean(),
  /** The chair of the union's primary organization; none leaves a blank line to sign on paper. */
  unionChairId: z
    .string()
    .optional()
    .transform((s) => s || null)
    .pipe(uuid.nullable()),
  sections: z.array(regulationSectionRow).min(1, 'В положении нужен хотя бы один раздел.').max(30, 'Не больше 30 разделов.'),
  stages: z.array(roadmapStageRow).min(1, 'В дорожной карте нужен хотя бы один этап.').max(50, 'Не больше 50 этапов.'),
});
export type IntroductionInput = z.input<typeof introductionSchema>;
export type Introduction = z.output<typeof introductionSchema>;

export const issueIntroductionSchema = z.object({ documentId: uuid, issueDate: isoDateField('Дата приказа') });
