// The people of the student model: pupils, their legal representatives, external mentors;
// the school's forms of mentoring with their variants and the student-model settings. One
// schema per form serves the browser (react-hook-form) and the server action; names take the
// same letters as staff names, so every document can print them.
import { z } from 'zod';
import { GENDERS } from '@/lib/core/russian';
import { MAX_CELL_CHARS, MAX_SHEET_CHARS, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from '@/lib/domain/import/limits';
import { CLASS_MESSAGE, parseClass } from '@/lib/domain/students/classes';
import { EXTERNAL_MENTOR_KINDS, GUARDIAN_RELATIONS, STUDENT_MENTOR_KINDS } from '@/lib/domain/students/vocabulary';
import { spreadsheetFile } from '@/lib/domain/uploads';
import { isoDateField, optionalText, requiredText, uuid } from './fields';
import { checkbox, optionalName, requiredName } from './person';

const nameFields = {
  lastName: requiredName('Фамилия'),
  firstName: requiredName('Имя'),
  middleName: optionalName('Отчество'),
  /** 'auto' stores no override: the gender is read from the patronymic. */
  gender: z
    .enum(['auto', ...GENDERS], { error: 'Выберите пол.' })
    .optional()
    .transform((g) => (g === 'male' || g === 'female' ? g : null)),
  /** «Рашид оглы» stays undeclined in documents. */
  keepFatherName: checkbox,
};

/** «7А», «7 а», «11-Б» typed in one field. */
const classField = z
  .string({ error: 'Укажите класс.' })
  .trim()
  .max(20, `Класс: ${CLASS_MESSAGE}.`)
  .transform((s, ctx) => {
    const c = parseClass(s);
    if (!c) {
      ctx.addIssue({ code: 'custom', message: s ? `Класс «${s}»: ${CLASS_MESSAGE}.` : 'Укажите класс.', input: s });
      return z.NEVER;
    }
    return c;
  });

const pupilFields = { ...nameFields, birthDate: isoDateField('Дата рождения'), schoolClass: classField };

export const pupilSchema = z.object(pupilFields);
export type PupilFormInput = z.input<typeof pupilSchema>;
export type PupilInput = z.output<typeof pupilSchema>;
export const updatePupilSchema = z.object({ pupilId: uuid, ...pupilFields });
export type UpdatePupilInput = z.output<typeof updatePupilSchema>;

/** A pupil's age bounds on the day the record is made: a school pupil is 5 to 21. */
export function pupilBirthDateProblem(birthDate: string, today: string): string | null {
  if (birthDate > today) return 'Дата рождения не может быть в будущем.';
  const years = (iso: string) => Number(iso.slice(0, 4)) + Number(iso.slice(5, 7)) / 12;
  const age = years(today) - years(birthDate);
  if (age < 5) return 'Проверьте дату рождения: обучающемуся меньше 5 лет.';
  if (age > 21) return 'Проверьте дату рождения: обучающемуся больше 21 года.';
  return null;
}

export const GUARDIAN_RELATION_CHOICES = GUARDIAN_RELATIONS;

const guardianFields = {
  ...nameFields,
  relation: z.enum(GUARDIAN_RELATIONS, { error: 'Укажите, кем приходится ребёнку.' }),
  /** Свидетельство о рождении, решение об опеке…: printed on the consents (ст. 9 ч. 4 152-ФЗ). */
  authorityDocument: optionalText('Документ, подтверждающий полномочия', 300).transform((s) => s ?? ''),
};

export const guardianSchema = z.object({ pupilId: uuid, ...guardianFields });
export type GuardianFormInput = z.input<typeof guardianSchema>;
export type GuardianInput = z.output<typeof guardianSchema>;
export const updateGuardianSchema = z.object({ guardianId: uuid, ...guardianFields });
export type UpdateGuardianInput = z.output<typeof updateGuardianSchema>;
export const removeGuardianSchema = z.object({ guardianId: uuid });

const externalFields = {
  ...nameFields,
  kind: z.enum(EXTERNAL_MENTOR_KINDS, { error: 'Выберите: студент или представитель работодателя.' }),
  employer: requiredText('Организация', 300),
  position: optionalText('Должность, курс и специальность', 300).transform((s) => s ?? ''),
};

export const externalMentorSchema = z.object(externalFields);
export type ExternalMentorFormInput = z.input<typeof externalMentorSchema>;
export type ExternalMentorInput = z.output<typeof externalMentorSchema>;
export const updateExternalMentorSchema = z.object({ externalId: uuid, ...externalFields });
export type UpdateExternalMentorInput = z.output<typeof updateExternalMentorSchema>;

// ---- forms of mentoring ----

const formName = requiredText('Название формы', 200);
const variantName = requiredText('Название варианта', 200);
const mentorKinds = z
  .array(z.enum(STUDENT_MENTOR_KINDS), { error: 'Отметьте, кто может быть наставником.' })
  .min(1, 'Отметьте, кто может быть наставником.')
  .transform((kinds) => [...new Set(kinds)]);

export const addFormSchema = z.object({ name: formName, mentorKinds });
export const updateFormSchema = z.object({ formId: uuid, name: formName, mentorKinds });
export const archiveFormSchema = z.object({ formId: uuid, archived: z.boolean() });
export const addVariantSchema = z.object({ formId: uuid, name: variantName });
export const renameVariantSchema = z.object({ variantId: uuid, name: variantName });
export const archiveVariantSchema = z.object({ variantId: uuid, archived: z.boolean() });

// ---- settings ----

export const studentSettingsSchema = z.object({
  /** Empty: the parent signs alone at any age. */
  cosignAge: z
    .string()
    .trim()
    .optional()
    .transform((s) => (s ? Number(s) : null))
    .pipe(z.number({ error: 'Возраст — число от 10 до 18.' }).int('Возраст — целое число.').min(10, 'Возраст — от 10 до 18 лет.').max(18, 'Возраст — от 10 до 18 лет.').nullable()),
  publishesNames: checkbox,
  curatorId: z
    .string()
    .optional()
    .transform((s) => s || null)
    .pipe(uuid.nullable()),
});
export type StudentSettingsFormInput = z.input<typeof studentSettingsSchema>;
export type StudentSettingsInput = z.output<typeof studentSettingsSchema>;

// ---- the class-list import ----

export const pupilFileSchema = z.object({ file: spreadsheetFile('сохраните в нём только список обучающихся.') });

const column = z
  .number()
  .int()
  .min(0)
  .max(MAX_SHEET_COLUMNS - 1)
  .nullable();

export const pupilImportSchema = z
  .object({
    rows: z
      .array(z.array(z.string().max(MAX_CELL_CHARS)).max(MAX_SHEET_COLUMNS), { error: 'Нет данных файла: загрузите его снова.' })
      .max(MAX_SHEET_ROWS, `В файле больше ${MAX_SHEET_ROWS} строк.`),
    headerRow: z.number().int().min(0),
    mapping: z.object({
      fullName: column,
      lastName: column,
      firstName: column,
      middleName: column,
      birthDate: column,
      schoolClass: column,
      guardianFullName: column,
      guardianRelation: column,
    }),
    /** The class of every row when the file (one class's list) has no «Класс» column. */
    defaultClass: z.string().trim().max(20).optional().transform((s) => s ?? ''),
  })
  .superRefine((input, ctx) => {
    if (input.rows.reduce((n, row) => n + row.reduce((m, c) => m + c.length, 0), 0) > MAX_SHEET_CHARS) {
      ctx.addIssue({ code: 'custom', path: ['rows'], message: 'Файл слишком большой для загрузки.' });
    }
    if (input.headerRow >= Math.max(1, input.rows.length)) ctx.addIssue({ code: 'custom', path: ['headerRow'], message: 'В файле нет такой строки.' });
    const { fullName, lastName, firstName, birthDate, schoolClass } = input.mapping;
    if (fullName === null && (lastName === null || firstName === null)) {
      ctx.addIssue({ code: 'custom', path: ['mapping'], message: 'В файле нет столбца «ФИО обучающегося» или столбцов «Фамилия» и «Имя».' });
    }
    if (birthDate === null) ctx.addIssue({ code: 'custom', path: ['mapping'], message: 'В файле нет столбца «Дата рождения».' });
    if (schoolClass === null && !parseClass(input.defaultClass)) {
      ctx.addIssue({ code: 'custom', path: ['defaultClass'], message: `В файле нет столбца «Класс»: ${CLASS_MESSAGE} для всех строк.` });
    }
  });
export type PupilImportInput = z.output<typeof pupilImportSchema>;

export const removeFormSchema = z.object({ formId: uuid });
export const removeVariantSchema = z.object({ variantId: uuid });
