// Data of the order ending a pupil's participation in the mentoring of students early — a
// withdrawn consent of the legal representative (or of an adult participant): the pair ends,
// or in a group the pupil leaves it, under the order that assigned the pair.
import { z } from 'zod';
import { isoDate, optional } from '@/templates/_parts';
import { actRef, orderFields, shortText } from '@/templates/_school/fields';
import { acknowledgementList, staffMember } from '@/templates/_school/staff';
import { studentMentee, studentMentor } from '@/templates/student-pair-order/parts';

export const schema = z.object({
  ...orderFields,
  /** The order «О закреплении наставнических пар (групп) обучающихся» that assigned the pair. */
  pairOrder: actRef,
  mentor: studentMentor,
  /** The pupil whose participation ends. */
  mentee: studentMentee,
  form: shortText(),
  /** The whole pair ends (one mentee), or the pupil leaves a group that goes on. */
  wholePair: z.boolean({ error: 'укажите, прекращается ли пара целиком' }),
  endedOn: isoDate,
  /** As it reads after «в связи с»: «отзывом законным представителем согласия на обработку персональных данных». */
  reason: shortText(),
  curator: optional(staffMember),
  acknowledgement: acknowledgementList,
});

export type StudentTerminationOrder = z.output<typeof schema>;
