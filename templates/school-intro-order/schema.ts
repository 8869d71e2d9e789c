// Data of the order «О внедрении системы (целевой модели) наставничества педагогических
// работников в …»: it approves the Положение (annex 1) and the roadmap (annex 2) and
// appoints the curator.
import { z } from 'zod';
import { isoDate, optional } from '@/templates/_parts';
import { longText, orderFields, shortText } from '@/templates/_school/fields';
import { acknowledgementList, staffMember } from '@/templates/_school/staff';

export const schema = z.object({
  ...orderFields,
  /** What the system is introduced for: continues «в целях …» in the preamble. */
  purpose: longText(),
  /** From when the system works; null leaves the date out of point 1. */
  startDate: optional(isoDate),
  /** The roadmap's period as it reads after its name: 'на 2025/2026 учебный год'. */
  roadmapPeriod: optional(shortText()),
  curator: staffMember,
  /** What the curator is charged with, each a clause after «Куратору … :». */
  curatorDuties: z.array(longText()).max(20, 'не больше 20 поручений куратору'),
  acknowledgement: acknowledgementList,
});

export type SchoolIntroOrder = z.output<typeof schema>;
