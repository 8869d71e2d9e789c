// What a school states in its consents to the processing of personal data (152-ФЗ ст. 9
// ч. 4) beyond its own requisites: where it is, who processes the data on its instruction
// (whoever hosts the app when it is not the school), who receives them, and for how long.
// Data the school edits on /school/settings, never text fixed in code.
import { addDays } from '@/lib/core/calendar/iso-dates';
import type { PersonalDataCitations } from '@/templates/_school/personal-data-law';

export { DEFAULT_PERSONAL_DATA_CITATIONS, type PersonalDataCitations } from '@/templates/_school/personal-data-law';

export interface NamedAddress {
  name: string;
  address: string;
}

export interface PersonalDataTerms {
  /** The operator's (the school's) postal address. */
  operatorAddress: string;
  /** The person processing the data on the operator's instruction (ч. 3 ст. 6), or null when the school hosts the app itself. */
  processor: NamedAddress | null;
  /** Those the data are provided to: the municipal office, the regional centre. */
  recipients: NamedAddress[];
  /** A concrete term, not «в сроки номенклатуры дел». */
  term: string;
  /**
   * The legal references the consents cite (ст. 9, 10.1, 21 152-ФЗ), as the school words them;
   * absent in settings saved before they were editable, which then read as the defaults.
   */
  citations?: PersonalDataCitations;
}

/** The local act introducing electronic HR documents (ст. 22.2 ТК РФ). */
export interface ElectronicHrAct {
  date: string;
  number: string;
}

export const DEFAULT_PERSONAL_DATA_TERM =
  'в течение срока участия в системе наставничества и 5 лет после его окончания (срок хранения документов о наставничестве), если согласие не будет отозвано ранее';

/** ст. 21 ч. 5 152-ФЗ: after a withdrawal the operator stops and destroys the data within 30 days. */
export const WITHDRAWAL_ERASURE_DAYS = 30;

export const erasureDeadline = (withdrawnOn: string) => addDays(withdrawnOn, WITHDRAWAL_ERASURE_DAYS);

/**
 * The data only the consent covers, erased after a withdrawal. Birth date, the start of
 * pedagogical work, position and subjects come from the employment record (ст. 86 ТК РФ,
 * ст. 6 ч. 1 п. 5 152-ФЗ) and stay: the indicators read them from there.
 */
export const CONSENT_ONLY_DATA = [
  'профессиональные затруднения (дефициты) и запросы наставляемого',
  'компетенции наставника',
] as const;

/**
 * What a withdrawal of the personal-data consent does, said before it is confirmed and shown
 * after: «Данные, не нужные по другому основанию (…), будут удалены до 04.01.2027; …».
 */
export function withdrawalConsequences(withdrawnOn: string, formatDate: (iso: string) => string): string {
  return (
    `Данные, не нужные по другому основанию (${CONSENT_ONLY_DATA.join('; ')}), будут удалены до ${formatDate(erasureDeadline(withdrawnOn))} ` +
    '(ч. 5 ст. 21 152-ФЗ). Дата рождения, дата начала педагогической деятельности и должность остаются: это сведения личного дела работника (ст. 86 ТК РФ).'
  );
}
