// Data of the consent to take part in the program of mentoring of students: the participant
// (a pupil through the legal representative, or an adult mentor), the role, the form and
// the term. Separate from the consent to the processing of personal data.
import { z } from 'zod';
import { isoDate, optional, orgRequisites } from '@/templates/_parts';
import { shortText } from '@/templates/_school/fields';
import { signerFields } from '@/templates/student-consent-personal-data/parts';

export const schema = z.object({
  org: orgRequisites,
  ...signerFields,
  /** The form of mentoring, when the pair is known. */
  form: optional(shortText()),
  start: optional(isoDate),
  end: optional(isoDate),
});

export type StudentConsentParticipation = z.output<typeof schema>;
