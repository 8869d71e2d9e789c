// Shared zod field schemas for template data: names, dates, organization requisites,
// legal bases and bounded text. Messages are Russian because they reach the user as is.
import { z } from 'zod';
import { DECLINED_CASES, fitsName, innProblem, ogrnProblem } from '@/lib/core/russian';
import { PRESENT, REQUIRED } from '@/lib/core/zod-messages';
import { unprintable } from '@/lib/documents/font-coverage';
import { inspectImage } from '@/lib/documents/image';

// Zod's own messages (for schemas that set none) are configured in Russian by zod-messages.
export { PRESENT, REQUIRED };

/** Control characters a document cannot carry; \t and \n are allowed in multi-line text. */
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F]/;
const CONTROL_IN_LINE = /[\u0000-\u001F\u007F]/;

const requiredString = () => z.string(PRESENT);

/** Every character the document font draws, none invisible: the DOCX and the PDF show the same text. */
function printable(s: string, ctx: z.core.$RefinementCtx<string>): void {
  const problem = unprintable(s);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, input: s });
}

/** Multi-line text up to `max` characters: CRLF normalised to LF, trimmed, not empty. */
export function text(max: number) {
  return requiredString()
    .overwrite((s) => s.replace(/\r\n?/g, '\n'))
    .trim()
    .min(1, REQUIRED)
    .max(max, `не длиннее ${max} символов`)
    .refine((s) => !CONTROL_IN_TEXT.test(s), 'недопустимые управляющие символы')
    .superRefine(printable);
}

/** One line of text up to `max` characters (names of positions, units, numbers): no line breaks or tabs. */
export function line(max: number) {
  return requiredString()
    .trim()
    .min(1, REQUIRED)
    .max(max, `не длиннее ${max} символов`)
    .refine((s) => !CONTROL_IN_LINE.test(s), 'текст должен быть в одну строку без управляющих символов')
    .superRefine(printable);
}

/**
 * Makes a field optional the way forms send it: a missing value, null or a blank string
 * all become null, anything else must satisfy `schema`.
 */
export function optional<S extends z.ZodType>(schema: S) {
  return z.preprocess(
    (v) => (v === undefined || v === null || (typeof v === 'string' && v.trim() === '') ? null : v),
    schema.nullable(),
  );
}

const namePart = line(60).regex(/^[\p{L}][\p{L}\p{M}'’ .-]*$/u, 'допустимы только буквы, пробел, дефис и апостроф');

export const gender = z.enum(['male', 'female'], { error: 'пол: male или female' });

const nameForm = optional(line(200).regex(/^[\p{L}][\p{L}\p{M}'’ .-]*$/u, 'допустимы только буквы, пробел, дефис и апостроф')).optional();

/** Full names typed by hand for the cases the library declines wrongly. */
export const nameForms = z.object(
  { genitive: nameForm, dative: nameForm, accusative: nameForm, instrumental: nameForm, prepositional: nameForm },
  PRESENT,
);

/**
 * Ф.И.О. in the nominative case; gender overrides detection from the patronymic, `forms`
 * the declined forms, `keepFatherName` the declension of a Turkic patronymic's father's name.
 */
export const personName = z
  .object(
    {
      lastName: namePart,
      firstName: namePart,
      middleName: optional(namePart).optional(),
      gender: optional(gender).optional(),
      forms: optional(nameForms).optional(),
      keepFatherName: optional(z.boolean()).optional(),
    },
    PRESENT,
  )
  .superRefine((name, ctx) => {
    for (const c of DECLINED_CASES) {
      const typed = name.forms?.[c];
      if (typed && !fitsName(name, typed)) {
        ctx.addIssue({ code: 'custom', path: ['forms', c], message: 'в форме имени должно быть столько же слов, сколько в Ф.И.О.', input: typed });
      }
    }
  });

function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date as 'YYYY-MM-DD' (the app's only date representation in data). */
export const isoDate = requiredString()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'дата в формате ГГГГ-ММ-ДД', abort: true })
  .refine(isCalendarDate, 'такой даты нет в календаре');

/** A registered document number with the organization's suffix, e.g. '181-од'. */
export const docNumber = line(30).regex(/^[\p{L}\d][\p{L}\d/.-]*$/u, 'номер: цифры, буквы, дефис, точка или косая черта');

/** A check of a string by a function that returns a Russian message or null. */
const checkedBy = (problemOf: (s: string) => string | null) => (s: string, ctx: z.core.$RefinementCtx<string>) => {
  const problem = problemOf(s);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, input: s });
};

/** An image carried in the data as base64, refused unless its bytes are a PNG or JPEG that decodes. */
export const emblemImage = z
  .object({ format: z.enum(['png', 'jpeg'], { error: 'формат изображения: png или jpeg' }), data: z.string(PRESENT) }, PRESENT)
  .superRefine((image, ctx) => {
    const info = inspectImage(Buffer.from(image.data, 'base64'));
    if ('problem' in info) ctx.addIssue({ code: 'custom', path: ['data'], message: info.problem, input: image.data });
    else if (info.format !== image.format) ctx.addIssue({ code: 'custom', path: ['format'], message: `изображение в формате ${info.format.toUpperCase()}`, input: image.format });
  });

/** The бланк's emblem and reference data; each printed only when given. */
export const letterheadFields = z.object(
  {
    address: optional(line(300)).optional(),
    phone: optional(line(100)).optional(),
    email: optional(line(100).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'адрес электронной почты вида school@example.ru')).optional(),
    ogrn: optional(line(15).superRefine(checkedBy(ogrnProblem))).optional(),
    inn: optional(line(12).superRefine(checkedBy(innProblem))).optional(),
    emblem: optional(emblemImage).optional(),
  },
  PRESENT,
);

export const orgRequisites = z.object(
  {
    fullName: line(500),
    shortName: line(200),
    city: line(100),
    headPosition: line(200),
    head: personName,
    orderSuffix: z
      .string(PRESENT)
      .trim()
      .max(10, 'не длиннее 10 символов')
      .regex(/^[\p{L}\d/.-]*$/u, 'суффикс: буквы, цифры, дефис'),
    letterhead: optional(letterheadFields).optional(),
  },
  PRESENT,
);

/** Acts cited in a preamble, each already worded as it should read in the text. */
export const legalBases = z.array(z.object({ title: text(2000) }, PRESENT), { error: 'ожидается список' }).max(30, 'не больше 30 оснований');

/** One Russian line per problem: «Ошибка в поле «pairs.3.mentor.lastName»: обязательное поле». */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `Ошибка в поле «${path}»: ${issue.message}` : `Ошибка в данных: ${issue.message}`;
  });
}
