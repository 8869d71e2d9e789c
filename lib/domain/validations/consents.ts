// The consent marks a curator records: received (date, optional scan, the number of an
// additional agreement), declined or withdrawn (date). Sent as FormData because of the scan.
import { z } from 'zod';
import { MAX_SCAN_BYTES, SCAN_TOO_LARGE } from '@/lib/domain/mentoring/scan-file';
import { isoDateField, optionalText, uuid } from './fields';

/** An uploaded file; an empty file input sends a nameless empty file, which means none. */
const scanFile = z
  .custom<File>((v) => typeof File !== 'undefined' && v instanceof File, 'Неверный файл скана.')
  .nullish()
  .transform((f) => (f && f.size > 0 ? f : null))
  .refine((f) => !f || f.size <= MAX_SCAN_BYTES, SCAN_TOO_LARGE);

const agreementNumber = optionalText('Номер соглашения', 30).refine(
  (s) => s === null || /^[\p{L}\d][\p{L}\d/.-]*$/u.test(s),
  'Номер соглашения: цифры, буквы, дефис, точка или косая черта.',
);

export const recordConsentSchema = z.discriminatedUnion(
  'status',
  [
    z.object({ status: z.literal('received'), consentId: uuid, date: isoDateField('Дата получения'), number: agreementNumber, scan: scanFile }),
    z.object({ status: z.literal('declined'), consentId: uuid, date: isoDateField('Дата отказа') }),
    z.object({
      status: z.literal('withdrawn'),
      consentId: uuid,
      date: isoDateField('Дата отзыва'),
      /** A personal-data withdrawal is confirmed knowing what will be erased and by when. */
      confirmErasure: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()).optional(),
    }),
  ],
  { error: 'Выберите отметку: получено, отказ или отозвано.' },
);
export type RecordConsentInput = z.output<typeof recordConsentSchema>;

/**
 * Many consents received on one date (a set of papers brought back together): the
 * requested ones of a pair, or of every pair on the page.
 */
export const markConsentsReceivedSchema = z.object({
  consentIds: z.array(uuid, { error: 'Неверный список согласий.' }).min(1, 'Нет запрошенных согласий для отметки.').max(1000, 'Не больше 1000 согласий за раз.'),
  date: isoDateField('Дата получения'),
});
export type MarkConsentsReceivedInput = z.output<typeof markConsentsReceivedSchema>;
