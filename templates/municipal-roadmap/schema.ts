// Data of the municipal roadmap (план мероприятий, «дорожная карта»): numbered
// sections of activities, each with its term, responsible executor and result. The roadmap
// schema is shared with the district order that approves it as annex 1.
import { z } from 'zod';
import { docNumber, isoDate, line, optional, text, PRESENT } from '@/templates/_parts';

const MAX_ACTIVITIES = 1000;

const activity = z.object(
  {
    name: text(2000),
    /** As planned, often not a date: 'до 20 апреля 2022 г.', 'в течение года', 'по отдельному плану'. */
    term: line(300),
    responsible: line(500),
    /** Result or kind of document: 'Приказ', 'Аналитическая справка'. */
    result: text(1000),
  },
  PRESENT,
);

const section = z.object(
  {
    title: line(1000),
    activities: z.array(activity, { error: 'ожидается список мероприятий' }).min(1, 'в разделе нет мероприятий'),
  },
  PRESENT,
);

export const roadmap = z.object(
  {
    /** 'План мероприятий (дорожная карта) внедрения … на 2022 год'. */
    title: line(1000),
    sections: z
      .array(section, { error: 'ожидается список разделов' })
      .min(1, 'добавьте хотя бы один раздел')
      .max(50, 'не больше 50 разделов')
      .refine(
        (sections) => sections.reduce((n, s) => n + s.activities.length, 0) <= MAX_ACTIVITIES,
        `не больше ${MAX_ACTIVITIES} мероприятий`,
      ),
  },
  PRESENT,
);
export type Roadmap = z.output<typeof roadmap>;

/** The act that approved the roadmap: 'УТВЕРЖДЕНО приказом отдела образования … от … № …'. */
const approval = z.object(
  {
    /** In the instrumental, as it follows «УТВЕРЖДЕНО»: 'приказом отдела образования администрации …'. */
    byWhat: line(500),
    date: optional(isoDate),
    number: optional(docNumber),
  },
  PRESENT,
);

/** The caption when the roadmap is sent as an annex: 'Приложение № 1 к приказу от … № …'. */
const annex = z.object(
  {
    annexNo: z.number({ error: 'номер приложения — целое число' }).int('номер приложения — целое число').min(1).max(99).nullable(),
    date: optional(isoDate),
    number: optional(docNumber),
  },
  PRESENT,
);

export const schema = roadmap.extend({
  approval: optional(approval).optional(),
  annex: optional(annex).optional(),
});

export type MunicipalRoadmap = z.output<typeof schema>;
export type RoadmapApproval = z.output<typeof approval>;
export type RoadmapAnnex = z.output<typeof annex>;
