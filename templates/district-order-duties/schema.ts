// Data of the district order obliging school heads to put the mentoring system in place
// acts it repeals, points addressed to officials and heads with their sub-points
// and deadlines, and the municipal roadmap it approves as annex 1.
import { z } from 'zod';
import { isoDate, line, optional, personName, text, PRESENT } from '@/templates/_parts';
import { districtOrderFields } from '@/templates/district-order-regulation/schema';
import { roadmap } from '@/templates/municipal-roadmap/schema';

const REQUIRED = PRESENT;

/** A sub-point: what to do, as it follows the addressee ('сформировать базу наставников'), and by when. */
const subpoint = z.object({ text: text(3000), deadline: optional(isoDate).optional() }, REQUIRED);

/** An official named at the head of a point, all in the dative. */
const addressee = z.object(
  {
    /** 'Заведующему районным методическим кабинетом отдела образования …'. */
    position: line(500),
    person: personName,
    /** The role in brackets after the name: 'муниципальному координатору внедрения целевой модели наставничества в районе'. */
    role: optional(line(500)).optional(),
  },
  REQUIRED,
);

const point = z
  .object(
    {
      addressee: optional(addressee).optional(),
      /** The point's own words; with sub-points, the lead-in before the colon ('Руководителям образовательных организаций'). */
      text: optional(text(5000)).optional(),
      deadline: optional(isoDate).optional(),
      subpoints: z.array(subpoint, { error: 'ожидается список' }).max(30, 'не больше 30 подпунктов').default([]),
    },
    REQUIRED,
  )
  .refine((p) => Boolean(p.addressee || p.text), { message: 'у пункта нет ни адресата, ни текста', path: ['text'] })
  .refine((p) => Boolean(p.text) || p.subpoints.length > 0, { message: 'у пункта без текста должны быть подпункты', path: ['subpoints'] });

export const schema = z.object({
  ...districtOrderFields,
  title: line(1000),
  /** The issuer in the genitive, for the roadmap's «УТВЕРЖДЕНО приказом …»: 'отдела образования администрации …'. */
  issuerGenitive: line(500),
  /** Acts declared void, each in the accusative: 'приказ отдела образования … от 21.10.2019 № 296 «О наставничестве …»'. */
  repealed: z.array(text(2000), { error: 'ожидается список' }).max(10, 'не больше 10 актов').default([]),
  points: z.array(point, { error: 'ожидается список пунктов' }).min(1, 'добавьте хотя бы один пункт').max(30, 'не больше 30 пунктов'),
  /** Approved by the order as annex 1. */
  roadmap,
});

export type DistrictOrderDuties = z.output<typeof schema>;
export type DutyPoint = DistrictOrderDuties['points'][number];
