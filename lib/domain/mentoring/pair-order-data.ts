// The data of the order «О закреплении наставнических пар (групп)» built from the school's
// pairs: the table of pairs with their additional agreements, the curator, and everyone
// listed on the acknowledgement sheet. Pure, so the wording rules are testable apart from SQL.
import { schoolYearStartOf } from '@/lib/domain/school/school-year';
import type { LegalBasis, OrgRequisites } from '@/templates/_parts';
import type { ActRef } from '@/templates/_school/fields';
import { pairOrder } from '@/templates/pair-order';
import type { PairOrder } from '@/templates/pair-order/schema';
import { type PersonRow, staffMemberOf } from './staff';
import type { MentoringBasis } from './vocabulary';

export interface OrderPair {
  mentor: PersonRow;
  mentees: PersonRow[];
  form: string;
  start: string;
  end: string;
  /** The mentor's additional agreement for this pair: the date it was signed and its number. */
  agreement: ActRef | null;
  /** What the mentor's work rests on; the payment is the personnel order's, not this one's. */
  basis: MentoringBasis;
}

/**
 * The school years the title names, from every pair's whole term (start and end), so a title
 * never says «на 2025/2026 учебный год» over a term that runs into the next one:
 * 'на 2026/2027 учебный год', 'на 2025/2026 и 2026/2027 учебные годы', or null when the terms
 * are not within two consecutive school years.
 */
export function schoolYearPeriod(terms: { start: string; end: string }[]): string | null {
  const years = [...new Set(terms.flatMap((t) => [t.start, t.end]).map(schoolYearStartOf))].sort();
  const name = (y: number) => `${y}/${y + 1}`;
  if (years.length === 1) return `на ${name(years[0]!)} учебный год`;
  if (years.length === 2 && years[1] === years[0]! + 1) return `на ${name(years[0]!)} и ${name(years[1]!)} учебные годы`;
  return null;
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
  const period = schoolYearPeriod(o.pairs);
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
      agreement: p.basis === 'job_function' ? null : p.agreement,
      basis: p.basis,
    })),
    personnelOrder: null,
    programsDue: null,
    curator: o.curator ? staffMemberOf(o.curator) : null,
    acknowledgement: listed.map(staffMemberOf),
  };
  return { title: period ? `${pairOrder.title} ${period}` : pairOrder.title, data, listed };
}
