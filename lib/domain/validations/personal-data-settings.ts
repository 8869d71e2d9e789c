// The school's settings for personal data and electronic HR documents: what its personal-data
// consents state (operator address, processor, recipients with addresses, term, the legal
// references they cite) and the local
// act on electronic HR documents (ст. 22.2 ТК РФ) that lets in-app acknowledgements count.
import { z } from 'zod';
import type { ElectronicHrAct, NamedAddress, PersonalDataTerms } from '@/lib/domain/people/personal-data-terms';
import { isoDateField, optionalText, requiredText, uuid } from './fields';

const optionalDate = z.union([z.literal('').transform(() => null), isoDateField('Дата акта')]).optional().transform((s) => s ?? null);

/** «Наименование; адрес» per line. */
const recipientLines = z
  .string()
  .max(4000, 'Получатели: не длиннее 4000 символов.')
  .transform((text, ctx): NamedAddress[] => {
    const rows: NamedAddress[] = [];
    for (const [i, raw] of text.split(/\r?\n/).entries()) {
      const line = raw.trim();
      if (!line) continue;
      const cut = line.indexOf(';');
      const name = cut < 0 ? '' : line.slice(0, cut).trim();
      const address = cut < 0 ? '' : line.slice(cut + 1).trim();
      if (!name || !address) {
        ctx.addIssue({ code: 'custom', message: `Получатели, строка ${i + 1}: укажите «наименование; адрес».` });
        continue;
      }
      rows.push({ name, address });
    }
    if (rows.length > 10) ctx.addIssue({ code: 'custom', message: 'Не больше 10 получателей.' });
    return rows;
  });

export const personalDataSettingsSchema = z
  .object({
    organizationId: uuid,
    operatorAddress: requiredText('Адрес организации (оператора)', 500),
    processorName: optionalText('Лицо, обрабатывающее данные по поручению', 500),
    processorAddress: optionalText('Адрес лица, обрабатывающего данные', 500),
    recipients: recipientLines,
    term: requiredText('Срок действия согласия', 1000),
    /** The legal references of the consents, each as the phrase reads in its sentence; absent keeps the saved ones. */
    citations: z
      .object({
      consentBasis: requiredText('Основание согласия на обработку', 300),
      withdrawalTerms: requiredText('Сроки уничтожения после отзыва', 300),
      notDistribution: requiredText('Ссылка о согласии на распространение', 300),
      distributionBasis: requiredText('Основание согласия на распространение', 300),
      distributionConditions: requiredText('Ссылка об условиях и запретах', 300),
      distributionWithdrawal: requiredText('Ссылка об отзыве согласия на распространение', 300),
      })
      .optional(),
    electronicHrActDate: optionalDate,
    electronicHrActNumber: optionalText('Номер локального акта', 50),
  })
  .superRefine((v, ctx) => {
    if (Boolean(v.processorName) !== Boolean(v.processorAddress)) {
      const path = v.processorName ? 'processorAddress' : 'processorName';
      ctx.addIssue({ code: 'custom', path: [path], message: 'Укажите и наименование, и адрес лица, обрабатывающего данные по поручению, или оставьте оба поля пустыми.' });
    }
    if (Boolean(v.electronicHrActDate) !== Boolean(v.electronicHrActNumber)) {
      const path = v.electronicHrActDate ? 'electronicHrActNumber' : 'electronicHrActDate';
      ctx.addIssue({ code: 'custom', path: [path], message: 'Укажите и дату, и номер локального акта об электронном документообороте, или оставьте оба поля пустыми.' });
    }
    if (/номенклатур/i.test(v.term)) {
      ctx.addIssue({ code: 'custom', path: ['term'], message: 'Укажите конкретный срок (например, «5 лет после окончания участия»), а не «в сроки номенклатуры дел».' });
    }
  });
export type PersonalDataSettingsInput = z.input<typeof personalDataSettingsSchema>;
export type PersonalDataSettings = z.output<typeof personalDataSettingsSchema>;

export function storedPersonalDataSettings(v: PersonalDataSettings): { personalDataTerms: PersonalDataTerms; electronicHrAct: ElectronicHrAct | null } {
  return {
    personalDataTerms: {
      operatorAddress: v.operatorAddress,
      processor: v.processorName && v.processorAddress ? { name: v.processorName, address: v.processorAddress } : null,
      recipients: v.recipients,
      term: v.term,
      ...(v.citations ? { citations: v.citations } : {}),
    },
    electronicHrAct: v.electronicHrActDate && v.electronicHrActNumber ? { date: v.electronicHrActDate, number: v.electronicHrActNumber } : null,
  };
}

export const recipientsText = (rows: NamedAddress[]) => rows.map((r) => `${r.name}; ${r.address}`).join('\n');
