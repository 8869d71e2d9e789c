// Forms of the district coordinator: the school list import and the district order wizard
// in its two styles (one approves the municipal положение; the other sets the duties of school
// heads with the municipal roadmap). The wizard's fields reuse the templates' own field
// schemas, so what the form accepts is what the template can render.
import { z } from 'zod';
import { spreadsheetFile } from '@/lib/domain/uploads';
import { line, optional, personName, text } from '@/templates/_parts';
import { roadmap } from '@/templates/municipal-roadmap/schema';
import { isoDateField, uuid } from './fields';
import { createSchoolSchema } from './school';

/** One school of an imported list: the registration form without the password (it is generated). */
export const schoolListRowSchema = createSchoolSchema.omit({ headPassword: true });

export const schoolListFileSchema = z.object({
  file: spreadsheetFile(),
});

/** A group of fields left entirely blank means "none" (no control point, no executor, no addressee). */
const isBlank = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' ? v.trim() === '' : typeof v === 'object' && Object.values(v).every(isBlank));
const blankable = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (isBlank(v) ? null : v), schema.nullable());

const paragraph = (max: number) => z.object({ text: text(max) });

const commonFields = {
  /** Acts cited, each worded to follow «В соответствии с». */
  legalBases: z.array(z.object({ title: text(2000) })).max(30, 'не больше 30 оснований'),
  reasons: z.array(paragraph(2000)).max(10, 'не больше 10 оснований'),
  /** Who controls the order; blank keeps it with the signer. */
  control: blankable(z.object({ position: line(300), person: personName })),
  /** Who prepared the draft (исполнитель). */
  executor: blankable(personName),
};

export const regulationOrderForm = z.object({
  style: z.literal('regulation'),
  ...commonFields,
  regulationName: line(1000).regex(/^положени[ея]\s/i, 'название начинается со слова «положение»'),
  institutions: line(300),
  coordinator: z.object({ unit: optional(line(300)), person: personName }),
  implementationDeadline: isoDateField('Срок внедрения'),
});

const point = z
  .object({
    addressee: blankable(z.object({ position: line(500), person: personName, role: optional(line(500)) })),
    text: optional(text(5000)),
    deadline: optional(isoDateField('Срок исполнения пункта')),
    subpoints: z.array(z.object({ text: text(3000), deadline: optional(isoDateField('Срок')) })).max(30, 'не больше 30 подпунктов'),
  })
  .refine((p) => Boolean(p.addressee || p.text), { message: 'у пункта нет ни адресата, ни текста', path: ['text'] })
  .refine((p) => Boolean(p.text) || p.subpoints.length > 0, { message: 'у пункта без текста должны быть подпункты', path: ['text'] });

export const dutiesOrderForm = z.object({
  style: z.literal('duties'),
  ...commonFields,
  title: line(1000),
  /** The issuer in the genitive for the roadmap's «УТВЕРЖДЕНО приказом …». */
  issuerGenitive: line(500),
  repealed: z.array(paragraph(2000)).max(10, 'не больше 10 актов'),
  points: z.array(point).min(1, 'добавьте хотя бы один пункт').max(30, 'не больше 30 пунктов'),
  roadmap,
});

export const districtOrderForm = z.discriminatedUnion('style', [regulationOrderForm, dutiesOrderForm]);
export type RegulationOrderForm = z.output<typeof regulationOrderForm>;
export type DutiesOrderForm = z.output<typeof dutiesOrderForm>;
export type DistrictOrderForm = z.output<typeof districtOrderForm>;
export type DistrictOrderFormInput = z.input<typeof districtOrderForm>;
export type OrderStyle = DistrictOrderForm['style'];

/** The wizard saves a new draft (no id) or edits its draft. */
export const saveDistrictOrderSchema = z.object({ documentId: uuid.optional(), form: districtOrderForm });
export const issueDistrictOrderSchema = z.object({ documentId: uuid, issueDate: isoDateField('Дата приказа') });

export const archiveKind = z.enum(['documents', 'sheets']);
export type ArchiveKind = z.output<typeof archiveKind>;
