// Data of the district office's order approving the municipal Положение on mentoring and
// naming the municipal coordinator. The signer, the control point and the
// approval (СОГЛАСОВАНО) schemas are shared with the other district order.
import { z } from 'zod';
import { docNumber, isoDate, legalBases, line, optional, orgRequisites, personName, text, PRESENT } from '@/templates/_parts';
import { acknowledgementList } from '@/templates/acknowledgement-sheet/schema';

const REQUIRED = PRESENT;

/** Position lines as they stand beside the signature, and the person who signs. */
export const signer = z.object(
  {
    position: z.array(line(300), { error: 'ожидается список строк' }).min(1, 'укажите должность').max(4, 'не больше 4 строк должности'),
    person: personName,
  },
  REQUIRED,
);
export type Signer = z.output<typeof signer>;

/**
 * Who controls the order: null keeps it with the signer («оставляю за собой»); otherwise
 * the position in the accusative as it follows «возложить на»: 'заместителя начальника Управления образования'.
 */
export const control = optional(z.object({ position: line(300), person: personName }, REQUIRED)).optional();
export type Control = z.output<typeof control>;

/** Requisites common to the district orders. */
export const districtOrderFields = {
  org: orgRequisites,
  date: optional(isoDate),
  number: optional(docNumber),
  /** Acts cited, each worded to follow «В соответствии с» ('приказом Министерства … от … № …'). */
  legalBases,
  /** Further reasons after the acts: 'в рамках реализации регионального проекта «…»', 'во исполнение пункта 33 …'. */
  reasons: z.array(text(2000), { error: 'ожидается список' }).max(10, 'не больше 10 оснований').default([]),
  control,
  /** Who signs when it is not the head in the organization's requisites (an acting head, a deputy). */
  signer: optional(signer).optional(),
  /** «СОГЛАСОВАНО» under the signature. */
  approvals: z.array(signer, { error: 'ожидается список' }).max(5, 'не больше 5 согласований').default([]),
  /** The official who prepared the draft (исполнитель), printed under the signature. */
  executor: optional(personName).optional(),
  /** School heads who must acknowledge the order. */
  acknowledgement: acknowledgementList.default([]),
};

export const schema = z.object({
  ...districtOrderFields,
  /** Name of the approved Положение, starting with «положение о …» (the same in the title and point 1). */
  regulationName: line(1000).regex(/^положени[ея]\s/i, 'название начинается со слова «положение»'),
  /** Where the system is coordinated, in the prepositional: 'муниципальных образовательных учреждениях'. */
  institutions: line(300),
  coordinator: z.object(
    {
      /** A unit named coordinator, in the accusative: 'информационно-методический центр'; null names the person. */
      unit: optional(line(300)).optional(),
      person: personName,
    },
    REQUIRED,
  ),
  /** Schools introduce the system by this date. */
  implementationDeadline: isoDate,
});

export type DistrictOrderRegulation = z.output<typeof schema>;
