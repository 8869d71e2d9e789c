// Field schemas shared by the school-level templates: text bounds, an order's requisites
// and a reference to an issued act.
import { z } from 'zod';
import { docNumber, isoDate, legalBases, line, optional, orgRequisites, text, PRESENT } from '@/templates/_parts';

/** Bounds: a name part ≤ 60 (in personName), a position or a short label ≤ 300, free text ≤ 5000. */
export const shortText = () => line(300);
export const longText = () => text(5000);

/** An act already issued (or still a draft: no date and number yet), cited as «приказом от … № …». */
export const actRef = z.object({ date: optional(isoDate), number: optional(docNumber) }, PRESENT);
export type ActRef = z.output<typeof actRef>;

/**
 * The requisites every school order carries: organization, date and number (null in a draft),
 * and the legal bases, each worded to follow «В соответствии с» («распоряжением Правительства …»).
 */
export const orderFields = {
  org: orgRequisites,
  date: optional(isoDate),
  number: optional(docNumber),
  legalBases,
};
