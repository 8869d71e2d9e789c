// A staff member as school documents name them (Ф.И.О. and position), the position in the
// case a phrase needs (declined, or as the curator corrected it), and acknowledgement entries.
import { z } from 'zod';
import { initialsAfter, type GrammaticalCase } from '@/lib/core/russian';
import type { AcknowledgementRow } from '@/templates/_parts';
import { isoDate, optional, personName, PRESENT } from '@/templates/_parts';
import { shortText } from './fields';
import { declinePosition } from './position';

const positionForm = optional(shortText()).optional();

/** Ф.И.О. in the nominative, the position («учитель математики») and corrections of its declined forms. */
export const staffMember = z.object(
  {
    person: personName,
    position: shortText(),
    positionForms: z
      .object({ genitive: positionForm, dative: positionForm, accusative: positionForm, instrumental: positionForm })
      .optional(),
  },
  PRESENT,
);
export type StaffMember = z.output<typeof staffMember>;

/** The position in case `c`; a form the curator typed wins over the automatic one. */
export function positionIn(member: StaffMember, c: GrammaticalCase): string {
  const typed = c === 'nominative' || c === 'prepositional' ? null : member.positionForms?.[c];
  return typed ?? declinePosition(member.position, c);
}

/** A person on an acknowledgement sheet, with the mark of an acknowledgement already given. */
export const acknowledgementEntry = staffMember.extend({
  date: optional(isoDate).optional(),
  signed: optional(z.enum(['electronic', 'paper'], { error: 'способ ознакомления: electronic или paper' })).optional(),
});
export type AcknowledgementEntry = z.output<typeof acknowledgementEntry>;

export const acknowledgementList = z.array(acknowledgementEntry).max(1000, 'не больше 1000 человек в листе ознакомления');

/** Rows of «С приказом ознакомлены:» with the position in the second column: 'Иванова М.П.' | 'учитель'. */
export function acknowledgementRows(entries: AcknowledgementEntry[]): AcknowledgementRow[] {
  return entries.map((e) => ({ name: initialsAfter(e.person), unit: e.position, date: e.date ?? null, signed: e.signed ?? null }));
}
