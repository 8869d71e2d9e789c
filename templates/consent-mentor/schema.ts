// Data of a mentor's written consent to mentoring work (ст. 351.8 ТК РФ): who consents,
// for whom (the mentees, if the pair is already chosen), in which form and for how long.
import { z } from 'zod';
import { consentFields } from '@/templates/_school/consent';
import { MAX_GROUP_SIZE } from '@/templates/_school/pairs';
import { staffMember } from '@/templates/_school/staff';

export const schema = z.object({
  ...consentFields,
  mentor: staffMember,
  mentees: z.array(staffMember).max(MAX_GROUP_SIZE, `не больше ${MAX_GROUP_SIZE} наставляемых`),
});

export type ConsentMentor = z.output<typeof schema>;
