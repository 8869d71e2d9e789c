// Loads a pair by an id from a request, only inside the caller's subtree; writers lock it.
import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { type MentorPair, mentorPairMentees, mentorPairs, people } from '@/db/schema';
import { notFound } from '@/lib/core/errors';
import type { PersonRow } from '@/lib/domain/mentoring/staff';
import { inScope, parseId, type Scope } from '@/lib/server/auth/scope';

export async function loadPair(db: Db | Tx, scope: Scope, rawId: unknown, opts: { forUpdate?: boolean } = {}): Promise<MentorPair> {
  const id = parseId(rawId, 'Пара');
  const query = db
    .select()
    .from(mentorPairs)
    .where(and(eq(mentorPairs.id, id), inScope(scope, mentorPairs.organizationId)))
    .limit(1);
  const [pair] = opts.forUpdate ? await query.for('update') : await query;
  if (!pair) throw notFound('Пара');
  return pair;
}

export interface PairPeople {
  mentor: PersonRow;
  mentees: PersonRow[];
}

export async function pairPeople(db: Db | Tx, pair: Pick<MentorPair, 'id' | 'mentorId'>): Promise<PairPeople> {
  const [mentor] = await db.select().from(people).where(eq(people.id, pair.mentorId));
  const mentees = await db
    .select({ person: people })
    .from(mentorPairMentees)
    .innerJoin(people, eq(people.id, mentorPairMentees.personId))
    .where(eq(mentorPairMentees.pairId, pair.id))
    .orderBy(asc(people.lastName), asc(people.firstName));
  if (!mentor) throw new Error(`pair ${pair.id} has no mentor row`);
  return { mentor, mentees: mentees.map((m) => m.person) };
}
