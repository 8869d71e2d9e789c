// Data of the school's Положение о системе наставничества педагогических работников:
// the approval stamps (педагогический совет, профсоюз, приказ) and the sections, whose
// text the curator edits (defaults.ts gives the first draft).
import { z } from 'zod';
import { optional, orgRequisites, personName } from '@/templates/_parts';
import { actRef, longText, shortText } from '@/templates/_school/fields';

const list = z.array(longText()).max(40, 'не больше 40 пунктов перечня');

const subclause = z.object({ text: longText(), list: list.optional() });

const clause = z.object({
  text: longText(),
  list: list.optional(),
  subclauses: z.array(subclause).max(40, 'не больше 40 подпунктов').optional(),
});

const section = z.object({
  title: shortText(),
  clauses: z.array(clause).min(1, 'в разделе нужен хотя бы один пункт').max(60, 'не больше 60 пунктов в разделе'),
});

export const schema = z.object({
  org: orgRequisites,
  /** The order that approves the Положение; its annex number (1 in the introduction order). */
  approvedBy: actRef,
  annexNo: z.number({ error: 'номер приложения — число' }).int().min(1).max(20).nullable(),
  /** «ПРИНЯТО решением педагогического совета (протокол от … № …)». */
  council: actRef,
  /** «СОГЛАСОВАНО Председатель первичной профсоюзной организации»; null where the school has none. */
  union: optional(z.object({ chair: optional(personName), protocol: optional(actRef) })),
  sections: z.array(section).min(1, 'добавьте хотя бы один раздел').max(30, 'не больше 30 разделов'),
});

export type SchoolRegulation = z.output<typeof schema>;
