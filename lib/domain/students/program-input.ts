// The forms of /students/programs: creating a program from a pair, editing its goal, tasks,
// plan rows and expected results, and marking one plan row done. Shared by the client forms
// and the server actions.
import { z } from 'zod';
import { isoDateField, requiredText, uuid } from '@/lib/domain/validations/fields';

const optionalDate = (label: string) =>
  z
    .union([z.string(), z.null()])
    .optional()
    .transform((s) => s || null)
    .pipe(isoDateField(label).nullable());

const items = (label: string, empty: string) =>
  z
    .array(z.object({ text: requiredText(label, 5000) }))
    .min(1, empty)
    .max(30, `Не больше 30 пунктов в поле «${label}».`);

export const createStudentProgramSchema = z.object({ pairId: uuid });

export const studentProgramFormSchema = z.object({
  programId: uuid,
  /** When the program was last saved, as the form saw it: a form opened before a later save or mark must not undo it. */
  savedAt: z.string().max(40).optional().default(''),
  goal: requiredText('Цель', 5000),
  tasks: items('Задача', 'Укажите хотя бы одну задачу.'),
  plan: z
    .array(
      z.object({
        due: requiredText('Сроки', 300),
        activity: requiredText('Мероприятие', 5000),
        form: requiredText('Форма', 300),
        /** The mark travels with its row when the plan is edited. */
        doneOn: optionalDate('Дата выполнения'),
      }),
    )
    .min(1, 'Добавьте хотя бы одну встречу или мероприятие.')
    .max(100, 'Не больше 100 строк плана.'),
  results: items('Ожидаемый результат', 'Укажите хотя бы один ожидаемый результат.'),
});
export type StudentProgramFormInput = z.input<typeof studentProgramFormSchema>;
export type StudentProgramForm = z.output<typeof studentProgramFormSchema>;

export const markStudentProgramSchema = z.object({
  programId: uuid,
  index: z.number({ error: 'Неверная строка плана.' }).int().min(0).max(99),
  doneOn: optionalDate('Дата выполнения'),
});
export type MarkStudentProgram = z.output<typeof markStudentProgramSchema>;
