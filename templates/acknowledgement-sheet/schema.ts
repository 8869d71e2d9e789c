// Data of the acknowledgement sheet (лист ознакомления) of an order: who has to read it,
// who already has and how. Its entry schema is shared with the district orders, which
// print the same sheet under the order itself.
import { z } from 'zod';
import { docNumber, isoDate, line, optional, personName, PRESENT } from '@/templates/_parts';

/**
 * A person on the sheet with the institution or position in the second column.
 * An electronic acknowledgement (ст. 22.1–22.3 ТК РФ) is recorded with its date; a paper one
 * may carry the date the person wrote by hand, or nothing yet.
 */
/**
 * The evidence of an in-app acknowledgement, printed as the mark of an electronic signature
 * (ГОСТ Р 7.0.97-2025): who, when, by what means, on which local act, the stored record and
 * the hash of the document read.
 */
export const signatureMark = z.object(
  {
    signer: line(300),
    /** ISO timestamp of the acknowledgement. */
    at: z.iso.datetime({ offset: true, error: 'время подписи: ISO 8601' }),
    means: line(300),
    /** The local act on electronic HR documents (ст. 22.2 ТК РФ). */
    act: z.object({ date: isoDate, number: line(50) }, PRESENT),
    /** Id of the acknowledgement record kept in the app. */
    recordId: line(100),
    documentSha256: z.string().regex(/^[0-9a-f]{64}$/, 'SHA-256 документа: 64 шестнадцатеричных знака'),
  },
  PRESENT,
);
export type ElectronicSignatureMark = z.output<typeof signatureMark>;

export const acknowledgementEntry = z
  .object(
    {
      person: personName,
      unit: line(300),
      date: optional(isoDate).optional(),
      signed: optional(z.enum(['electronic', 'paper'], { error: 'способ ознакомления: electronic или paper' })).optional(),
      signature: optional(signatureMark).optional(),
    },
    PRESENT,
  )
  .refine((e) => e.signed !== 'electronic' || Boolean(e.date), {
    message: 'у электронного ознакомления должна быть дата',
    path: ['date'],
  });
export type AcknowledgementEntry = z.output<typeof acknowledgementEntry>;

export const acknowledgementList = z
  .array(acknowledgementEntry, { error: 'ожидается список' })
  .max(1000, 'не больше 1000 строк в листе ознакомления');

export const schema = z.object({
  order: z.object(
    {
      /** Who issued the order, in the genitive: 'МКУ «Управление образования Администрации города Бийска»'. */
      issuer: line(500),
      date: optional(isoDate),
      number: optional(docNumber),
      title: line(1000),
    },
    PRESENT,
  ),
  /** Second column: institutions of school heads, or positions of a school's staff. */
  unitHeader: z.enum(['Учреждение', 'Должность'], { error: 'заголовок столбца: Учреждение или Должность' }).default('Учреждение'),
  rows: acknowledgementList.min(1, 'добавьте хотя бы одного человека'),
});

export type AcknowledgementSheetData = z.output<typeof schema>;
