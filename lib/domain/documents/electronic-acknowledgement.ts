// When an in-app acknowledgement has legal force (ст. 22.1–22.3 ТК РФ): the employer has
// adopted its local act introducing electronic HR documents, and the employee agreed.
import { formatDate } from '@/lib/core/russian';
import type { ElectronicHrAct } from '@/lib/domain/people/personal-data-terms';

export const NO_LOCAL_ACT =
  'В вашей организации не принят локальный нормативный акт об электронном кадровом документообороте (ст. 22.2 ТК РФ): ознакомьтесь с документом на бумаге под подпись.';
export const NO_EMPLOYEE_CONSENT =
  'Вы не давали согласия на электронный кадровый документооборот (ст. 22.1 ТК РФ): ознакомьтесь с документом на бумаге под подпись.';

/** Null when the acknowledgement may be given in the app; otherwise why not, in Russian. */
export function electronicAcknowledgementRefusal(o: { act: ElectronicHrAct | null; consent: boolean }): string | null {
  if (!o.act) return NO_LOCAL_ACT;
  if (!o.consent) return NO_EMPLOYEE_CONSENT;
  return null;
}

/** «локальный акт от 01.09.2026 № 12-од» for pages that say on what basis. */
export const localActText = (act: ElectronicHrAct) => `локальный нормативный акт об электронном кадровом документообороте от ${formatDate(act.date)} № ${act.number}`;
