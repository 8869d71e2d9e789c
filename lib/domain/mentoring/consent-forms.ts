// The papers a pair's participants sign, as template data: the mentor's consent to the
// mentoring work and additional agreement (ст. 351.8 ТК РФ), each mentee's consent to take
// part, and everyone's consent to the processing of personal data (152-ФЗ). Printed blank
// where only the signer knows the answer (date, passport, address, contract, payment).
import type { DocumentModel } from '@/lib/documents/model';
import type { OrgRequisites } from '@/templates/_parts';
import type { ActRef } from '@/templates/_school/fields';
import type { StaffMember } from '@/templates/_school/staff';
import { additionalAgreement } from '@/templates/additional-agreement';
import { MENTORING_WORK_CONTENT, PAYMENT_TERMS } from '@/templates/additional-agreement/defaults';
import { consentMentee } from '@/templates/consent-mentee';
import { consentMentor } from '@/templates/consent-mentor';
import { consentPersonalData } from '@/templates/consent-personal-data';
import { IDENTITY_DOCUMENT_KIND, PERSONAL_DATA_DEFAULTS } from '@/templates/consent-personal-data/defaults';
import type { PersonalDataTerms } from '../people/personal-data-terms';
import type { ConsentKind } from './consents';
import { type PersonRow, staffMemberOf } from './staff';

/** Printed where the head and the mentor agree the amount by hand. */
export const BLANK_PAYMENT = '____________________';

export interface FormsContext {
  org: OrgRequisites;
  /** The order approving the Положение, or blanks when it is not issued yet. */
  regulation: ActRef;
  /** What the school's personal-data consents state: address, processor, recipients, term. */
  personalData: PersonalDataTerms;
  /** The pay-system clause the agreement's payment cites («пунктом 4.5 Положения об оплате труда …»). */
  payBasis?: string | null;
  /** Who signs for the employer when the mentor is the school head: the founder's body. */
  founder?: { name: string; signer: StaffMember; authority: string } | null;
}

export interface FormPair {
  mentor: PersonRow;
  mentees: PersonRow[];
  form: string;
  start: string;
  end: string;
  paymentSize: string | null;
  /** A pair under an agreement the founder signs (the mentor is the school head). */
  basis?: 'agreement' | 'job_function' | 'founder_agreement';
}

export interface FormDoc {
  template: (typeof consentMentor | typeof consentMentee | typeof consentPersonalData | typeof additionalAgreement)['name'];
  data: Record<string, unknown>;
}

export function consentForm(ctx: FormsContext, pair: FormPair, personId: string, kind: ConsentKind): FormDoc {
  const person = personId === pair.mentor.id ? pair.mentor : pair.mentees.find((m) => m.id === personId);
  if (!person) throw new Error(`person ${personId} is not in the pair`);
  const term = { start: pair.start, end: pair.end };
  const common = { org: ctx.org, regulation: ctx.regulation, form: pair.form, term, date: null };
  switch (kind) {
    case 'mentor_duties':
      return { template: consentMentor.name, data: { ...common, mentor: staffMemberOf(pair.mentor), mentees: pair.mentees.map(staffMemberOf) } };
    case 'mentee_participation':
      return { template: consentMentee.name, data: { ...common, mentee: staffMemberOf(person), mentor: staffMemberOf(pair.mentor) } };
    case 'additional_agreement':
      return {
        template: additionalAgreement.name,
        data: {
          org: ctx.org,
          number: null,
          date: null,
          contract: { date: null, number: null },
          headAuthority: 'Устава',
          regulation: ctx.regulation,
          kind: pair.mentees.length > 1 ? 'group' : 'pair',
          mentor: staffMemberOf(pair.mentor),
          mentees: pair.mentees.map(staffMemberOf),
          form: pair.form,
          start: pair.start,
          end: pair.end,
          content: MENTORING_WORK_CONTENT,
          paymentSize: pair.paymentSize ?? BLANK_PAYMENT,
          paymentTerms: PAYMENT_TERMS,
          payBasis: ctx.payBasis || null,
          founder: pair.basis === 'founder_agreement' ? (ctx.founder ?? null) : null,
        },
      };
    case 'personal_data':
      return {
        template: consentPersonalData.name,
        data: {
          org: ctx.org,
          operatorAddress: ctx.personalData.operatorAddress,
          processor: ctx.personalData.processor,
          subject: {
            person: staffMemberOf(person).person,
            identityDocument: { kind: IDENTITY_DOCUMENT_KIND, series: null, number: null, issuedOn: null, issuedBy: null },
            address: null,
          },
          role: person.id === pair.mentor.id ? 'mentor' : 'mentee',
          ...PERSONAL_DATA_DEFAULTS,
          recipients: ctx.personalData.recipients,
          term: ctx.personalData.term,
          citations: ctx.personalData.citations,
          date: null,
        },
      };
  }
}

/** Several documents printed as one: each starts on a new page and numbers its own pages. */
export function concatModels(title: string, models: DocumentModel[]): DocumentModel {
  return {
    title,
    leftMarginMm: models.some((m) => m.leftMarginMm === 30) ? 30 : 20,
    blocks: models.flatMap((m, i) => (i === 0 ? m.blocks : [{ kind: 'pageBreak' as const, restartPageNumbers: true }, ...m.blocks])),
  };
}
