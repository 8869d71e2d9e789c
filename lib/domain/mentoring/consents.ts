// The consents a pair needs (the shared definition of the school path): the mentor's consent
// to the mentoring work and additional agreement for this pair, each mentee's consent to take
// part for this pair, and everyone's consent to the processing of personal data, which
// belongs to the person, not to a pair. "Complete" means every one of them is received.

import type { CONSENT_KINDS } from './vocabulary';
export type ConsentKind = (typeof CONSENT_KINDS)[number];
export type ConsentStatus = 'requested' | 'received' | 'declined' | 'withdrawn';

export const CONSENT_LABELS: Record<ConsentKind, string> = {
  mentor_duties: 'согласие на выполнение работы по наставничеству',
  additional_agreement: 'дополнительное соглашение к трудовому договору',
  mentee_participation: 'согласие на участие в программе наставничества',
  personal_data: 'согласие на обработку персональных данных',
};

export const CONSENT_STATUS_LABELS: Record<ConsentStatus | 'missing', string> = {
  requested: 'запрошено',
  received: 'получено',
  declined: 'отказ',
  withdrawn: 'отозвано',
  missing: 'нет записи',
};

export interface RequiredConsent {
  personId: string;
  kind: ConsentKind;
  /** Pair-bound consents carry the pair's id; the personal-data consent carries null. */
  pairBound: boolean;
}

export type ParticipantRole = 'mentor' | 'mentee';

/**
 * Which consents a pair needs from each participant, in print and check order: the one
 * definition that requiredConsents and the SQL of the dashboard
 * (lib/server/dashboard/school-facts.ts) are built from. The indicators' per-school count is
 * kept by triggers whose SQL writes these kinds out (migration 0025_school_counts_triggers);
 * tests/integration/school-counts.test.ts holds the two to each other.
 */
export const REQUIRED_CONSENTS: Readonly<Record<ParticipantRole, readonly { kind: ConsentKind; pairBound: boolean }[]>> = {
  mentor: [
    { kind: 'mentor_duties', pairBound: true },
    { kind: 'additional_agreement', pairBound: true },
    { kind: 'personal_data', pairBound: false },
  ],
  mentee: [
    { kind: 'mentee_participation', pairBound: true },
    { kind: 'personal_data', pairBound: false },
  ],
};

/**
 * Mentoring within the job function (a head or deputy whose duties include it, Роструд
 * 02.10.2025 № ТЗ/7300-6-1) is not ст. 351.8 work: the mentor gives no consent to extra work
 * and signs no additional agreement. The SQL of the dashboard and the indicators' triggers
 * skip these kinds for such pairs too.
 */
export const NOT_FOR_JOB_FUNCTION: readonly ConsentKind[] = ['mentor_duties', 'additional_agreement'];

export type PairBasis = 'agreement' | 'job_function' | 'founder_agreement';

/** What one participant of a pair must give in that role. */
export const requiredOf = (personId: string, role: ParticipantRole, basis: PairBasis = 'agreement'): RequiredConsent[] =>
  REQUIRED_CONSENTS[role].filter((r) => !(role === 'mentor' && basis === 'job_function' && NOT_FOR_JOB_FUNCTION.includes(r.kind))).map((r) => ({ personId, ...r }));

/** The mentor's consents, then each mentee's. */
export function requiredConsents(pair: { mentorId: string; menteeIds: string[]; basis?: PairBasis }): RequiredConsent[] {
  return [...requiredOf(pair.mentorId, 'mentor', pair.basis), ...pair.menteeIds.flatMap((id) => requiredOf(id, 'mentee'))];
}

export interface ConsentRecord {
  id: string;
  personId: string;
  pairId: string | null;
  kind: ConsentKind;
  status: ConsentStatus;
}

export interface ConsentState extends RequiredConsent {
  record: ConsentRecord | null;
  /** The record's status, or 'missing' when there is no record at all. */
  status: ConsentStatus | 'missing';
}

/** Each required consent of a pair with the record that answers it, if any. */
export function consentStates(pair: { id: string; mentorId: string; menteeIds: string[]; basis?: PairBasis }, records: ConsentRecord[]): ConsentState[] {
  return requiredConsents(pair).map((req) => {
    const record =
      records.find((r) => r.personId === req.personId && r.kind === req.kind && (req.pairBound ? r.pairId === pair.id : r.pairId === null)) ?? null;
    return { ...req, record, status: record?.status ?? 'missing' };
  });
}

export const missingOf = (states: ConsentState[]) => states.filter((s) => s.status !== 'received');

// Derived, so the draft's pairs and the gate that issues them cannot disagree.
export const isComplete = (states: ConsentState[]) => missingOf(states).length === 0;

/** «Нет согласия: Петров И.С. — согласие на обработку персональных данных; …», or null when nothing is missing. */
export function missingConsentsMessage(missing: { personId: string; kind: ConsentKind }[], nameOf: (personId: string) => string): string | null {
  if (missing.length === 0) return null;
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const m of missing) {
    const key = `${m.personId}:${m.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    parts.push(`${nameOf(m.personId)} — ${CONSENT_LABELS[m.kind]}`);
  }
  return `Нет согласия: ${parts.join('; ')}.`;
}

/** Status changes a curator may record: a new paper may always be received again. */
const TRANSITIONS: Record<'received' | 'declined' | 'withdrawn', ConsentStatus[]> = {
  received: ['requested', 'declined', 'withdrawn'],
  declined: ['requested'],
  withdrawn: ['received'],
};

export function canMove(from: ConsentStatus, to: 'received' | 'declined' | 'withdrawn'): boolean {
  return TRANSITIONS[to].includes(from);
}
