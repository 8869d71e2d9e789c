// What the participants' consents share: the schema fields (organization, signer, the
// Положение they read, the pair's form and term) and the closing «С Положением … ознакомлен(а).»
import { z } from 'zod';
import { quote, type PersonName } from '@/lib/core/russian';
import { isoDate, optional, orgRequisites } from '@/templates/_parts';
import { actRef, shortText, type ActRef } from './fields';
import { gendered } from './forms';
import { programTermCheck, termText } from './term';
import { dateAndNumber, regulationSubject } from './wording';

export const consentFields = {
  org: orgRequisites,
  /** The order that approved the Положение the signer has read. */
  regulation: actRef,
  /** «педагог – педагог»; null while the pair is not formed yet. */
  form: optional(shortText()),
  term: optional(z.object({ start: isoDate, end: isoDate }).superRefine(programTermCheck())),
  /** Date of signing; null prints a blank to fill in by hand. */
  date: optional(isoDate),
};

/** ', в форме «педагог – педагог», на период с … по …' — empty where unknown. */
export function formAndTerm(form: string | null, term: { start: string; end: string } | null): string {
  return `${form ? `, в форме наставничества ${quote(form)}` : ''}${term ? `, на период ${termText(term.start, term.end)}` : ''}`;
}

export function readRegulation(org: { shortName: string }, regulation: ActRef, signer: PersonName): string {
  const read = gendered(signer, { male: 'ознакомлен', female: 'ознакомлена' });
  return `С Положением ${regulationSubject(org)}, утвержденным приказом ${dateAndNumber(regulation)}, ${read}.`;
}
