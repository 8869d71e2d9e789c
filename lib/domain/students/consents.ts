// Which consents each participant of a student pair needs, and the gate's words for each one
// missing. A pupil (mentee, or mentor in «ученик – ученик») consents through a legal
// representative; an external mentor signs their own; a teacher mentor gives the
// participation consent of this model, keeps the staff personal-data consent they already
// have, and works under the ст. 351.8 additional agreement. The distribution consent (ст. 10.1
// 152-ФЗ) is required only where the school publishes participants' names.
import type { StudentConsentKind } from './vocabulary';
import { STUDENT_CONSENT_KIND_LABELS } from './vocabulary';

export type ParticipantSubject = 'pupil' | 'external' | 'teacher';
export type ConsentRecordStatus = 'requested' | 'received' | 'declined' | 'withdrawn';

/** A consent of this model, or one of the teacher's staff documents the gate also asks for. */
export type RequirementKind = StudentConsentKind | 'staff_personal_data' | 'additional_agreement';

export interface ParticipantState {
  subject: ParticipantSubject;
  /** The pupil's, external mentor's or staff member's id. */
  id: string;
  /** «Петрова Анна (7Б)», as the gate names them. */
  label: string;
  /** Status of each student_consents row of this subject. */
  consents: Partial<Record<StudentConsentKind, ConsentRecordStatus>>;
  /** A teacher: people.personal_data_consent. */
  staffPersonalData?: boolean;
  /** A teacher: the pair's ст. 351.8 additional agreement is issued. */
  agreementSigned?: boolean;
}

export interface MissingConsent {
  subject: ParticipantSubject;
  id: string;
  kind: RequirementKind;
  message: string;
}

export function requiredKinds(subject: ParticipantSubject, opts: { publishesNames: boolean }): RequirementKind[] {
  if (subject === 'teacher') return ['participation', 'staff_personal_data', 'additional_agreement'];
  return ['participation', 'personal_data', ...(opts.publishesNames ? (['distribution'] as const) : [])];
}

/** The object of «согласие … на …»: the label without its leading «согласие». */
const OBJECT: Record<StudentConsentKind, string> = {
  participation: STUDENT_CONSENT_KIND_LABELS.participation.replace(/^согласие /, ''),
  personal_data: STUDENT_CONSENT_KIND_LABELS.personal_data.replace(/^согласие /, ''),
  distribution: STUDENT_CONSENT_KIND_LABELS.distribution.replace(/^согласие /, ''),
};

function what(subject: ParticipantSubject, kind: RequirementKind): string {
  if (kind === 'staff_personal_data') return 'нет согласия работника на обработку персональных данных';
  if (kind === 'additional_agreement') return 'не подписано дополнительное соглашение к трудовому договору (ст. 351.8 ТК РФ)';
  return subject === 'pupil' ? `нет согласия законного представителя ${OBJECT[kind]}` : `нет согласия ${OBJECT[kind]}`;
}

function satisfied(p: ParticipantState, kind: RequirementKind): boolean {
  if (kind === 'staff_personal_data') return p.staffPersonalData === true;
  if (kind === 'additional_agreement') return p.agreementSigned === true;
  return p.consents[kind] === 'received';
}

export function missingOf(p: ParticipantState, opts: { publishesNames: boolean }): MissingConsent[] {
  return requiredKinds(p.subject, opts)
    .filter((kind) => !satisfied(p, kind))
    .map((kind) => ({ subject: p.subject, id: p.id, kind, message: `${p.label}: ${what(p.subject, kind)}` }));
}

export function missingOfAll(participants: ParticipantState[], opts: { publishesNames: boolean }): MissingConsent[] {
  return participants.flatMap((p) => missingOf(p, opts));
}

/** The refusal naming whose consent is missing, one line each; null when nothing is. */
export function gateMessage(missing: MissingConsent[]): string | null {
  if (missing.length === 0) return null;
  return `Приказ не может быть издан: не хватает документов участников.\n${missing.map((m) => `${m.message}.`).join('\n')}`;
}
