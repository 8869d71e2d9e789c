// The organization settings form (/school/settings): names, head, city, order suffix,
// mentor load limit and the ordered legal bases cited in preambles. Shared by the form and
// the server action.
import { z } from 'zod';
import { GENDERS, innProblem, ogrnProblem } from '@/lib/core/russian';
import { MAX_IMAGE_BYTES } from '@/lib/documents/image';
import { composeActTitle, type StoredLegalBasis } from '@/lib/domain/school/legal-bases';
import { FEDERAL_LEGAL_BASES } from '@/templates/_school/legal-bases';
import { isoDateField, optionalText, printable, requiredText, uuid } from './fields';

const MAX_TITLE = 2000;
const CONTROL = /[\u0000-\u001F\u007F]/;

/** A part of a person's name as documents accept it (templates/_parts personName). */
const namePart = (label: string) =>
  requiredText(label, 60).regex(/^[\p{L}][\p{L}\p{M}'’ .-]*$/u, `Поле «${label}»: только буквы, пробел, дефис и апостроф.`);

/**
 * One legal basis as the form edits it: plain worded text, or an act entered by its
 * requisites (issuer in the instrumental case, date, number, title) and worded by
 * composeActTitle. Every field is present so react-hook-form keeps rows stable when the kind switches.
 */
export const legalBasisRow = z
  .object({
    kind: z.enum(['text', 'act'], { error: 'Выберите вид основания.' }),
    title: z.string().max(MAX_TITLE, `Основание длиннее ${MAX_TITLE} символов.`).superRefine(printable('Основание')),
    issuer: z.string().max(300, 'Поле «Кем издан» длиннее 300 символов.').superRefine(printable('Кем издан')),
    date: z.string(),
    number: z.string().max(30, 'Номер длиннее 30 символов.').superRefine(printable('Номер')),
    name: z.string().max(1500, 'Наименование длиннее 1500 символов.').superRefine(printable('Наименование')),
  })
  .superRefine((row, ctx) => {
    const need = (field: keyof typeof row, message: string) => {
      if (!String(row[field]).trim()) ctx.addIssue({ code: 'custom', path: [field], message });
    };
    for (const field of ['title', 'issuer', 'number', 'name'] as const) {
      if (CONTROL.test(row[field].replace(/[\t\n\r]/g, ' '))) ctx.addIssue({ code: 'custom', path: [field], message: 'Текст содержит недопустимые символы.' });
    }
    if (row.kind === 'text') return need('title', 'Впишите основание (в творительном падеже: «статьей …», «приказом …»).');
    need('issuer', 'Укажите, кем издан акт: «приказом Министерства …».');
    need('number', 'Укажите номер.');
    need('name', 'Укажите наименование акта.');
    const date = isoDateField('Дата').safeParse(row.date);
    if (!date.success) ctx.addIssue({ code: 'custom', path: ['date'], message: date.error.issues[0]!.message });
  });
export type LegalBasisRow = z.input<typeof legalBasisRow>;

const EMPTY_ACT = { issuer: '', date: '', number: '', name: '' };

/** The stored list → form rows; an organization with none starts from the federal defaults. */
export function legalBasisRows(stored: StoredLegalBasis[]): LegalBasisRow[] {
  const list: StoredLegalBasis[] = stored.length ? stored : FEDERAL_LEGAL_BASES;
  return list.map((b): LegalBasisRow => (b.act ? { kind: 'act', title: b.title, ...b.act } : { kind: 'text', title: b.title, ...EMPTY_ACT }));
}

/** Form rows → the stored list, each act worded. */
export function storedLegalBases(rows: z.output<typeof legalBasisRow>[]): StoredLegalBasis[] {
  return rows.map((r) => {
    if (r.kind === 'text') return { title: r.title.trim().replace(/\s+/g, ' ') };
    const act = { issuer: r.issuer.trim(), date: r.date, number: r.number.trim(), name: r.name.trim() };
    return { title: composeActTitle(act), act };
  });
}

/** An optional requisite of the бланк checked by a function that gives a Russian message or null. */
const checkedText = (label: string, max: number, problemOf: (s: string) => string | null) =>
  optionalText(label, max).superRefine((s, ctx) => {
    const problem = s === null ? null : problemOf(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: s });
  });

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The бланк's reference data: printed under the name in every order, each only when filled in. */
export const letterheadFields = {
  address: optionalText('Адрес', 300),
  phone: optionalText('Телефон', 100),
  email: checkedText('Электронная почта', 100, (s) => (EMAIL.test(s) ? null : 'Адрес электронной почты вида school@example.ru.')),
  ogrn: checkedText('ОГРН', 15, ogrnProblem),
  inn: checkedText('ИНН', 12, innProblem),
};

export const organizationSettingsSchema = z.object({
  ...letterheadFields,
  organizationId: uuid,
  fullName: requiredText('Полное наименование', 500),
  shortName: requiredText('Краткое наименование', 200),
  city: requiredText('Населённый пункт', 100),
  headPosition: requiredText('Должность руководителя', 200),
  headLastName: namePart('Фамилия руководителя'),
  headFirstName: namePart('Имя руководителя'),
  headMiddleName: optionalText('Отчество руководителя', 60).refine(
    (s) => s === null || /^[\p{L}][\p{L}\p{M}'’ .-]*$/u.test(s),
    'Поле «Отчество руководителя»: только буквы, пробел, дефис и апостроф.',
  ),
  headGender: z.enum(['auto', ...GENDERS], { error: 'Выберите пол.' }),
  orderSuffix: z
    .string()
    .trim()
    .max(10, 'Суффикс номера не длиннее 10 символов.')
    .regex(/^[\p{L}\d/.-]*$/u, 'Суффикс номера: буквы, цифры, дефис, точка или косая черта, например «-од».'),
  /** Personnel orders (pay, rewards) are numbered apart: «-лс» or «-к», the school's choice. */
  personnelOrderSuffix: z
    .string()
    .trim()
    .max(10, 'Суффикс номера не длиннее 10 символов.')
    .regex(/^[\p{L}\d/.-]*$/u, 'Суффикс номера: буквы, цифры, дефис, точка или косая черта, например «-лс».'),
  /** The pay-system clause the mentoring payment rests on, as it reads after «в соответствии с». */
  payBasis: z.string().trim().max(1000, 'Пункт Положения об оплате труда — не длиннее 1000 символов.').superRefine(printable('Пункт Положения об оплате труда')),
  maxMenteesPerMentor: z.coerce
    .number({ error: 'Укажите число.' })
    .int('Укажите целое число.')
    .min(1, 'Не меньше 1 наставляемого.')
    .max(15, 'Не больше 15 наставляемых на одного наставника.'),
  legalBases: z.array(legalBasisRow).max(30, 'Не больше 30 оснований.'),
});
export type OrganizationSettingsInput = z.input<typeof organizationSettingsSchema>;
export type OrganizationSettings = z.output<typeof organizationSettingsSchema>;

/**
 * The emblem of the бланк, sent as FormData: a new image, or `remove` to print none. The bytes are
 * judged by their content on the server (lib/documents/image.ts), whatever the file is called.
 */
export const emblemSchema = z
  .object({
    organizationId: uuid,
    emblem: z
      .custom<File>((v) => typeof File !== 'undefined' && v instanceof File, 'Неверный файл изображения.')
      .nullish()
      .transform((f) => (f && f.size > 0 ? f : null))
      .refine((f) => !f || f.size <= MAX_IMAGE_BYTES, 'Изображение больше 1 МБ: уменьшите его размер или сохраните с большим сжатием.'),
    remove: z
      .string()
      .optional()
      .transform((v) => v === 'on' || v === 'true'),
  })
  .refine((v) => v.remove || v.emblem !== null, { path: ['emblem'], message: 'Выберите файл эмблемы (PNG или JPEG).' });
export type EmblemInput = z.output<typeof emblemSchema>;
