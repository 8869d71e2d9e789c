// Data of the school roadmap «Дорожная карта (план мероприятий) по реализации Положения
// о системе наставничества …» (annex 2 to the introduction order): one row per stage.
import { z } from 'zod';
import { optional, orgRequisites } from '@/templates/_parts';
import { actRef, longText, shortText } from '@/templates/_school/fields';

const stage = z.object({
  name: shortText(),
  /** One activity per line. */
  activities: longText(),
  term: shortText(),
  responsible: shortText(),
  result: longText(),
});

export const schema = z.object({
  org: orgRequisites,
  /** The order that approves the roadmap; its annex number (2 in the introduction order). */
  approvedBy: actRef,
  annexNo: z.number({ error: 'номер приложения — число' }).int().min(1).max(20).nullable(),
  /** As it reads after the title: 'на 2025/2026 учебный год'. */
  period: optional(shortText()),
  stages: z.array(stage).min(1, 'добавьте хотя бы один этап').max(50, 'не больше 50 этапов'),
});

export type SchoolRoadmap = z.output<typeof schema>;
