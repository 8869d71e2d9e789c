// Data of a mentee's written consent to take part in mentoring: who consents and, if the
// pair is already chosen, the mentor, the form and the term.
import { z } from 'zod';
import { optional } from '@/templates/_parts';
import { consentFields } from '@/templates/_school/consent';
import { staffMember } from '@/templates/_school/staff';

export const schema = z.object({
  ...consentFields,
  mentee: staffMember,
  mentor: optional(staffMember),
});

export type ConsentMentee = z.output<typeof schema>;
