// The data of the order «О закреплении наставнических пар (групп)» built from the school's
// pairs: the table of pairs with their additional agreements, the curator, and everyone
// listed on the acknowledgement sheet. Pure, so the wording rules are testable apart from SQL.
import { schoolYearPeriodOf } from '@/lib/domain/school/school-year';
import type { LegalBasis, OrgRequisites } from '@/templates/_parts';
import type { ActRef } from '@/templates/_school/fields';
import { pairOrder } from '@/templates/pair-order';
import type { PairOrder } from '@/templates/pair-order/schema';
import { type PersonRow, staffMemberOf } from './staff';

export interface OrderPair {
  mentor: PersonRow;
  mentees: PersonRow[];
  form: string;
  start: string;
  end: string;
  /** The mentor's additional agreement for this pair: the date it was signed and its number. */
  agreement: ActRef | null;
  /** The extra pay the agreement sets; null leaves the payment point out. */
  paymentSize: string | null;
}

/** 'на 2026/2027 учебный год' when every pair starts in one school year (September to August). */
export function schoolYearPeriod(starts: string[]): string | null {
  const periods = new Set(starts.map(schoolYearPeriodOf));
  return periods.size === 1 ? [...periods][0]! : null;
}

/** Everyone the order names, once each: mentors and mentees pair by pair, then the curator. */
export function listedPeople(pairs: OrderPair[], curator: PersonRow | null): PersonRow[] {
  const seen = new Map<string, PersonRow>();
  for (const p of pairs) for (const person of [p.mentor, ...p.mentees]) if (!seen.has(person.id)) seen.set(person.id, person);
  if (curator && !seen.has(curator.id)) seen.set(curator.id, curator);
  return [...seen.values()];
}

export function pairOrderData(o: {
  org: OrgRequisites;
  legalBases: LegalBasis[];
  regulation: ActRef;
  pairs: OrderPair[];
  curator: PersonRow | null;
}): { title: string; data: PairOrder; listed: PersonRow[] } {
  const period = schoolYearPeriod(o.pairs.map((p) => p.start));
  const listed = listedPeople(o.pairs, o.curator);
  const data: PairOrder = {
    org: o.org,
    date: null,
    number: null,
    legalBases: o.legalBases,
    regulation: o.regulation,
    period,
    pairs: o.pairs.map((p) => ({
      kind: p.mentees.length > 1 ? 'group' : 'pair',
      mentor: staffMemberOf(p.mentor),
      mentees: p.mentees.map(staffMemberOf),
      form: p.form,
      start: p.start,
      end: p.end,
      agreement: p.agreement,
      paymentSize: p.paymentSize,
    })),
    programsDue: null,
    curator: o.curator ? staffMemberOf(o.curator) : null,
    acknowledgement: listed.map(staffMemberOf),
  };
  return { title: period ? `${pairOrder.title} ${period}` : pairOrder.title, data, listed };
}
