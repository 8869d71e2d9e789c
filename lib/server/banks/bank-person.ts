// A staff member named by an id from a bank form, locked for the change: outside the
// caller's scope (or not an id) is "not found". Locking the person row makes two submissions
// (one to each bank, or a double click) queue, so a person never lands in both banks.
import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { mentorPairMentees, mentorPairs, type Person, people } from '@/db/schema';
import { notFound } from '@/lib/core/errors';
import { LOADED_STATUSES } from '@/lib/domain/mentoring/load';
import { inScope, parseId, type Scope } from '@/lib/server/auth/scope';
import { PERSON_WHAT } from '../people/load-person';

export async function lockBankPerson(tx: Tx, scope: Scope, rawId: unknown): Promise<Person> {
  const id = parseId(rawId, PERSON_WHAT);
  const [person] = await tx
    .select()
    .from(people)
    .where(and(eq(people.id, id), inScope(scope, people.organizationId)))
    .for('update');
  if (!person) throw notFound(PERSON_WHAT);
  return person;
}

/** Pairs (groups) still running or being formed that the person is in, as mentor or as mentee. */
export async function openPairsOf(tx: Tx, personId: string, role: 'mentor' | 'mentee'): Promise<number> {
  const open = inArray(mentorPairs.status, [...LOADED_STATUSES]);
  const rows =
    role === 'mentor'
      ? await tx.select({ id: mentorPairs.id }).from(mentorPairs).where(and(eq(mentorPairs.mentorId, personId), open))
      : await tx
          .select({ id: mentorPairs.id })
          .from(mentorPairMentees)
          .innerJoin(mentorPairs, eq(mentorPairs.id, mentorPairMentees.pairId))
          .where(and(eq(mentorPairMentees.personId, personId), open));
  return rows.length;
}
