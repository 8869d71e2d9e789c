// The pairs and groups of a school with their people, the state of every required consent
// and the orders that assigned or ended them: what the pairs and consents pages show and
// what the pair order is prepared from.
import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { type Consent, consents, documents, type MentorPair, mentorPairMentees, mentorPairs, people } from '@/db/schema';
import { type ConsentState, consentStates, isComplete } from '@/lib/domain/mentoring/consents';
import type { PersonRow } from '@/lib/domain/mentoring/staff';
import { requireOrgInScope, type Scope } from '@/lib/server/auth/scope';
import { readAll } from '@/lib/server/read-all';

export interface DocumentRef {
  id: string;
  status: 'draft' | 'issued' | 'cancelled' | 'amended';
  number: string | null;
  issueDate: string | null;
}

export interface PairConsent extends ConsentState {
  consent: Consent | null;
}

export interface PairView {
  pair: MentorPair;
  mentor: PersonRow;
  mentees: PersonRow[];
  consents: PairConsent[];
  complete: boolean;
  order: DocumentRef | null;
  termination: DocumentRef | null;
}

export async function listPairs(
  db: Db | Tx,
  scope: Scope,
  opts: { statuses?: MentorPair['status'][]; ids?: string[]; organizationId?: string } = {},
): Promise<PairView[]> {
  const org = await requireOrgInScope(db, scope, opts.organizationId ?? scope.orgId);
  if (opts.ids?.length === 0) return [];
  const filters = [eq(mentorPairs.organizationId, org.id)];
  if (opts.statuses) filters.push(inArray(mentorPairs.status, opts.statuses));
  if (opts.ids) filters.push(inArray(mentorPairs.id, opts.ids));
  const pairs = await db
    .select()
    .from(mentorPairs)
    .where(and(...filters))
    .orderBy(asc(mentorPairs.createdAt));
  if (pairs.length === 0) return [];

  const pairIds = pairs.map((p) => p.id);
  const docIds = pairs.flatMap((p) => [p.orderId, p.terminationOrderId]).filter((id): id is string => id !== null);
  const [memberships, records, docs] = await readAll(db, [
    () => db.select().from(mentorPairMentees).where(inArray(mentorPairMentees.pairId, pairIds)),
    () => db.select().from(consents).where(eq(consents.organizationId, org.id)),
    () =>
      docIds.length
        ? db
            .select({ id: documents.id, status: documents.status, number: documents.number, issueDate: documents.issueDate })
            .from(documents)
            .where(inArray(documents.id, docIds))
        : Promise.resolve([]),
  ]);
  const personIds = [...new Set([...pairs.map((p) => p.mentorId), ...memberships.map((m) => m.personId)])];
  const persons = await db.select().from(people).where(inArray(people.id, personIds));
  const personById = new Map(persons.map((p) => [p.id, p]));
  const byName = (a: PersonRow, b: PersonRow) => a.lastName.localeCompare(b.lastName, 'ru') || a.firstName.localeCompare(b.firstName, 'ru');
  const docById = new Map(docs.map((d) => [d.id, d]));

  return pairs.map((pair) => {
    const mentees = memberships
      .filter((m) => m.pairId === pair.id)
      .map((m) => personById.get(m.personId)!)
      .sort(byName);
    const states = consentStates({ id: pair.id, mentorId: pair.mentorId, menteeIds: mentees.map((m) => m.id), basis: pair.basis }, records);
    return {
      pair,
      mentor: personById.get(pair.mentorId)!,
      mentees,
      consents: states.map((s) => ({ ...s, consent: records.find((r) => r.id === s.record?.id) ?? null })),
      complete: isComplete(states),
      order: pair.orderId ? (docById.get(pair.orderId) ?? null) : null,
      termination: pair.terminationOrderId ? (docById.get(pair.terminationOrderId) ?? null) : null,
    };
  });
}
