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
export const acknowledgementEntry = z
  .object(
    {
      person: personName,
      unit: line(300),
      date: optional(isoDate).optional(),
      signed: optional(z.enum(['electronic', 'paper'], { error: 'способ ознакомления: electronic или paper' })).optional(),
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
