// A staff member (педагогический работник): the one schema of the manual form and of every
// imported row, and the schemas of the import steps (rows + column mapping, the uploaded file).
import { z } from 'zod';
import { type DeclinedCase, fitsName, GENDERS, type NameForms } from '@/lib/core/russian';
import type { ColumnMapping } from '@/lib/domain/import/columns';
import { MAX_CELL_CHARS, MAX_SHEET_CHARS, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from '@/lib/domain/import/limits';
import { spreadsheetFile } from '@/lib/domain/uploads';
import { isoDateField, optionalText, requiredText, uuid } from './fields';

// The same letters the document templates accept in a name, so an issued document never
// fails on a name the staff list took.
const NAME = /^[\p{L}][\p{L}\p{M}'’ .-]*$/u;
const nameMessage = (label: string) => `Поле «${label}»: допустимы только буквы, пробел, дефис и апостроф.`;
export const requiredName = (label: string) => requiredText(label, 60).refine((s) => s === '' || NAME.test(s), nameMessage(label));
export const optionalName = (label: string, max = 60) => optionalText(label, max).refine((s) => s === null || NAME.test(s), nameMessage(label));

/** Items typed one per line or separated by commas or semicolons: «математика, физика». */
export function splitList(text: string | undefined | null): string[] {
  const items = (text ?? '')
    .split(/[\n,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return [...new Set(items)];
}

/** A list field of a form: text in, trimmed unique items out, each bounded. */
export const listText = (label: string, itemMax: number, maxItems: number) =>
  optionalText(label, itemMax * maxItems)
    .transform(splitList)
    .pipe(
      z
        .array(z.string().max(itemMax, `Поле «${label}»: каждый пункт не длиннее ${itemMax} символов.`))
        .max(maxItems, `Поле «${label}»: не больше ${maxItems} пунктов.`),
    );

export const optionalDate = (label: string) =>
  z
    .string()
    .optional()
    .transform((v) => v?.trim() || null)
    .pipe(isoDateField(label).nullable());

export const checkbox = z
  .union([z.boolean(), z.literal('on'), z.literal('')])
  .optional()
  .transform((v) => v === true || v === 'on');

export const GENDER_CHOICES = [
  { value: 'auto', label: 'по отчеству (авто)' },
  { value: 'male', label: 'мужской' },
  { value: 'female', label: 'женский' },
] as const;

/** The declined forms a curator may correct, with the question each case answers. */
export const NAME_FORM_FIELDS: readonly { field: `name_${DeclinedCase}`; case: DeclinedCase; label: string }[] = [
  { field: 'name_genitive', case: 'genitive', label: 'Родительный падеж (кого?)' },
  { field: 'name_dative', case: 'dative', label: 'Дательный падеж (кому?)' },
  { field: 'name_accusative', case: 'accusative', label: 'Винительный падеж (кого?)' },
  { field: 'name_instrumental', case: 'instrumental', label: 'Творительный падеж (кем?)' },
  { field: 'name_prepositional', case: 'prepositional', label: 'Предложный падеж (о ком?)' },
];

const nameFormFields = Object.fromEntries(NAME_FORM_FIELDS.map((f) => [f.field, optionalName(f.label, 200)])) as Record<
  `name_${DeclinedCase}`,
  ReturnType<typeof optionalName>
>;

const personFields = {
  lastName: requiredName('Фамилия'),
  firstName: requiredName('Имя'),
  middleName: optionalName('Отчество'),
  /** 'auto' stores no override: the gender is read from the patronymic. */
  gender: z
    .enum(['auto', ...GENDERS], { error: 'Выберите пол.' })
    .optional()
    .transform((g) => (g === 'male' || g === 'female' ? g : null)),
  ...nameFormFields,
  /** «Рашид оглы» stays undeclined in this person's documents. */
  keepFatherName: checkbox,
  position: optionalText('Должность', 300).transform((s) => s ?? ''),
  subjects: listText('Предметы', 100, 30),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, 'Слишком длинный адрес электронной почты.')
    .optional()
    .transform((v) => v || null)
    .pipe(z.email('Неверный адрес электронной почты.').nullable()),
  birthDate: optionalDate('Дата рождения'),
  pedagogicalStart: optionalDate('Дата начала педагогической деятельности'),
  personalDataConsent: checkbox,
  personalDataConsentDate: optionalDate('Дата согласия на обработку персональных данных'),
};

/** The corrected forms as stored on the person, or null when none is typed. */
export function nameFormsOf(p: Partial<Record<`name_${DeclinedCase}`, string | null>>): NameForms | null {
  const forms: NameForms = {};
  for (const { field, case: c } of NAME_FORM_FIELDS) if (p[field]) forms[c] = p[field];
  return Object.keys(forms).length ? forms : null;
}

type GateInput = { personalDataConsent: boolean; personalDataConsentDate: string | null; birthDate: string | null; pedagogicalStart: string | null };
type NameInput = { lastName: string; firstName: string; middleName: string | null } & Partial<Record<`name_${DeclinedCase}`, string | null>>;

/** A corrected form stands for the whole name, so it has the name's words: «Мамедову Тимуру Рашид оглы». */
function formsFitName(p: NameInput, ctx: z.RefinementCtx) {
  for (const { field, label } of NAME_FORM_FIELDS) {
    const typed = p[field];
    if (typed && p.lastName && p.firstName && !fitsName(p, typed)) {
      const words = [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ').split(/\s+/).length;
      ctx.addIssue({ code: 'custom', path: [field], message: `${label}: впишите Ф.И.О. полностью — столько же слов, сколько в имени (${words}).` });
    }
  }
}

/**
 * A given consent has its date. Birth date and experience are the employer's personnel
 * records (ст. 86 ТК РФ), kept without the consent to mentoring-related processing.
 */
function personalDataGate(p: GateInput & NameInput, ctx: z.RefinementCtx) {
  formsFitName(p, ctx);
  if (p.personalDataConsent && !p.personalDataConsentDate) {
    ctx.addIssue({ code: 'custom', path: ['personalDataConsentDate'], message: 'Укажите дату согласия на обработку персональных данных.' });
  }
}

export const personSchema = z.object(personFields).superRefine(personalDataGate);
export type PersonFormInput = z.input<typeof personSchema>;
export type PersonInput = z.output<typeof personSchema>;

export const updatePersonSchema = z.object({ personId: uuid, ...personFields }).superRefine(personalDataGate);
export type UpdatePersonInput = z.output<typeof updatePersonSchema>;

const addYears = (iso: string, years: number) => `${String(Number(iso.slice(0, 4)) + years).padStart(4, '0')}${iso.slice(4)}`;

/** Dates that parse but cannot be true on `today`; checked on the server, where today is known. */
export function impossibleDates(p: Pick<PersonInput, 'birthDate' | 'pedagogicalStart' | 'personalDataConsentDate'>, today: string): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  if (p.birthDate && p.birthDate > today) add('birthDate', 'Дата рождения не может быть в будущем.');
  if (p.birthDate && p.birthDate < '1900-01-01') add('birthDate', 'Проверьте дату рождения: раньше 1900 года.');
  if (p.pedagogicalStart && p.pedagogicalStart > today) add('pedagogicalStart', 'Дата начала педагогической деятельности не может быть в будущем.');
  if (p.birthDate && p.pedagogicalStart && p.pedagogicalStart < addYears(p.birthDate, 14)) {
    add('pedagogicalStart', 'Педагогическая деятельность не может начаться раньше 14 лет.');
  }
  if (p.personalDataConsentDate && p.personalDataConsentDate > today) add('personalDataConsentDate', 'Дата согласия не может быть в будущем.');
  return errors;
}

// ---- import ----

export const staffFileSchema = z.object({
  file: spreadsheetFile('сохраните в нём только список сотрудников.'),
});

const column = z
  .number()
  .int()
  .min(0)
  .max(MAX_SHEET_COLUMNS - 1)
  .nullable();
const mappingSchema = z.object({
  fullName: column,
  lastName: column,
  firstName: column,
  middleName: column,
  position: column,
  subjects: column,
  pedagogicalStart: column,
  birthDate: column,
  email: column,
  gender: column,
}) satisfies z.ZodType<ColumnMapping>;

export const staffImportSchema = z
  .object({
    rows: z
      .array(z.array(z.string().max(MAX_CELL_CHARS)).max(MAX_SHEET_COLUMNS), { error: 'Нет данных файла: загрузите его снова.' })
      .max(MAX_SHEET_ROWS, `В файле больше ${MAX_SHEET_ROWS} строк.`),
    headerRow: z.number().int().min(0),
    mapping: mappingSchema,
    personalDataConsent: checkbox,
    personalDataConsentDate: optionalDate('Дата согласия на обработку персональных данных'),
  })
  .superRefine((input, ctx) => {
    if (input.rows.reduce((n, row) => n + row.reduce((m, c) => m + c.length, 0), 0) > MAX_SHEET_CHARS) {
      ctx.addIssue({ code: 'custom', path: ['rows'], message: 'Файл слишком большой для загрузки.' });
    }
    if (input.headerRow >= Math.max(1, input.rows.length)) {
      ctx.addIssue({ code: 'custom', path: ['headerRow'], message: 'В файле нет такой строки.' });
    }
    const { fullName, lastName, firstName } = input.mapping;
    if (fullName === null && (lastName === null || firstName === null)) {
      ctx.addIssue({ code: 'custom', path: ['mapping'], message: 'Укажите столбец «ФИО» или столбцы «Фамилия» и «Имя».' });
    }
    if (input.personalDataConsent && !input.personalDataConsentDate) {
      ctx.addIssue({ code: 'custom', path: ['personalDataConsentDate'], message: 'Укажите дату согласия на обработку персональных данных.' });
    }
  });
export type StaffImportInput = z.output<typeof staffImportSchema>;
