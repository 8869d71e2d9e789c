// Input of the student pairs pages: bases, pairs, consents of minors, meetings and results.
// Several forms send FormData (a scan, several mentees), so lists arrive comma-joined.
import { z } from 'zod';
import { MAX_SCAN_BYTES, SCAN_TOO_LARGE } from '@/lib/domain/mentoring/scan-file';
import { STUDENT_PAIR_KINDS } from '@/lib/domain/students/matching';
import { STUDENT_CONSENT_KINDS, STUDENT_MENTOR_KINDS } from '@/lib/domain/students/vocabulary';
import { isoDateField, optionalText, requiredText, uuid } from './fields';

const idList = (message: string) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v), z.array(uuid).min(1, message).max(15, 'Не больше 15 наставляемых.'));

const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean());

const scanFile = z
  .custom<File>((v) => typeof File !== 'undefined' && v instanceof File, 'Неверный файл скана.')
  .nullish()
  .transform((f) => (f && f.size > 0 ? f : null))
  .refine((f) => !f || f.size <= MAX_SCAN_BYTES, SCAN_TOO_LARGE);

export const addStudentMenteeSchema = z.object({ pupilId: uuid, request: optionalText('Запрос', 2000), addedOn: isoDateField('Дата включения') });

/** The page's one select sends «kind:id»; a script may send kind and subjectId apart. */
const splitChoice = (v: unknown) => {
  if (!v || typeof v !== 'object' || !('choice' in v) || typeof v.choice !== 'string') return v;
  const [kind, subjectId] = v.choice.split(':');
  return { ...v, kind, subjectId };
};

export const addStudentMentorSchema = z.preprocess(splitChoice, z.object({
  kind: z.enum(STUDENT_MENTOR_KINDS, { error: 'Выберите, кто наставник.' }),
  /** The pupil's, staff member's or external mentor's id, by kind. */
  subjectId: uuid,
  competences: z.preprocess((v) => (typeof v === 'string' ? v.split(/[;\n]/).map((s) => s.trim()).filter(Boolean) : v), z.array(z.string().max(200)).max(30)),
  capacity: z.coerce.number({ error: 'Укажите число наставляемых.' }).int().min(1, 'Не меньше 1.').max(15, 'Не больше 15.'),
  addedOn: isoDateField('Дата включения'),
}));

export const studentMentorStageSchema = z.object({
  mentorId: uuid,
  selected: checkbox,
  training: z.enum(['none', 'in_progress', 'completed'], { error: 'Выберите статус обучения.' }),
});

export const createStudentPairSchema = z
  .object({
    formId: uuid,
    variantId: z.preprocess((v) => (v === '' ? null : v), uuid.nullable()),
    mentorId: uuid,
    menteeIds: idList('Выберите наставляемых.'),
    kind: z.enum(STUDENT_PAIR_KINDS, { error: 'Выберите вид: индивидуальное или групповое.' }),
    startDate: isoDateField('Дата начала'),
    endDate: isoDateField('Дата окончания'),
  })
  .refine((v) => v.endDate > v.startDate, { path: ['endDate'], message: 'Дата окончания должна быть позже даты начала.' });

export const studentPairIdSchema = z.object({ pairId: uuid });

const subjectFields = {
  pairId: uuid,
  subject: z.enum(['pupil', 'external', 'teacher'], { error: 'Неверный участник.' }),
  subjectId: uuid,
  kind: z.enum(STUDENT_CONSENT_KINDS, { error: 'Выберите согласие.' }),
};

export const recordStudentConsentSchema = z.object({
  ...subjectFields,
  status: z.enum(['received', 'declined'], { error: 'Выберите отметку: получено или отказ.' }),
  date: isoDateField('Дата'),
  guardianId: z.preprocess((v) => (v === '' ? null : v), uuid.nullish()),
  cosigned: checkbox,
  scan: scanFile,
});

export const withdrawStudentConsentSchema = z.object({ ...subjectFields, date: isoDateField('Дата отзыва') });

export const studentConsentFormSchema = z.object({ ...subjectFields, guardianId: z.preprocess((v) => (v === '' ? null : v), uuid.nullish()) });

export const studentAgreementSchema = z.object({ pairId: uuid, documentId: uuid });

export const studentMeetingSchema = z.object({
  pairId: uuid,
  heldOn: isoDateField('Дата встречи'),
  topic: requiredText('Тема', 500),
  feedback: optionalText('Обратная связь', 4000),
});

export const studentResultsSchema = z.object({ pairId: uuid, results: requiredText('Результаты', 4000), best: checkbox });

export const studentOrderIssueSchema = z.object({ documentId: uuid, issueDate: isoDateField('Дата приказа') });
export const studentResultsOrderSchema = z.object({ issueDate: isoDateField('Дата приказа'), period: optionalText('Период', 100) });
