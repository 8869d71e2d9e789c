// Locks and checks on the people of a pair, inside the writing transaction: the mentor's
// profile row is locked first (so two submissions for one mentor queue and the second sees
// the first one's mentees in the load), then the mentees' rows in id order (so one mentee
// cannot land in two pairs at once, and the lock order never deadlocks).
import 'server-only';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { menteeProfiles, mentorPairMentees, mentorPairs, mentorProfiles, organizations, people } from '@/db/schema';
import { AppError, conflict, notFound } from '@/lib/core/errors';
import { initialsAfter, plural } from '@/lib/core/russian';
import { checkLoad, LOADED_STATUSES, mentorLimit } from '@/lib/domain/mentoring/load';
import { personNameOf, type PersonRow } from '@/lib/domain/mentoring/staff';
import { inScope, parseId, type Scope } from '@/lib/server/auth/scope';
import { MAX_GROUP_SIZE } from '@/templates/_school/pairs';

export interface LockedMentor {
  person: PersonRow;
  organizationId: string;
  limit: number;
}

export async function lockMentor(tx: Tx, scope: Scope, rawId: unknown): Promise<LockedMentor> {
  const id = parseId(rawId, 'Запись о наставнике');
  const [row] = await tx
    .select({ person: people, organizationId: mentorProfiles.organizationId, capacity: mentorProfiles.capacity, orgMax: organizations.maxMenteesPerMentor })
    .from(mentorProfiles)
    .innerJoin(people, eq(people.id, mentorProfiles.personId))
    .innerJoin(organizations, eq(organizations.id, mentorProfiles.organizationId))
    .where(and(eq(mentorProfiles.personId, id), inScope(scope, mentorProfiles.organizationId)))
    .for('update', { of: mentorProfiles });
  if (!row) throw notFound('Запись о наставнике');
  return { person: row.person, organizationId: row.organizationId, limit: mentorLimit(row.capacity, row.orgMax) };
}

/** Mentees of the mentor's organization, locked; any id outside it is "not found". */
export async function lockMentees(tx: Tx, scope: Scope, organizationId: string, rawIds: unknown[]): Promise<PersonRow[]> {
  const ids = [...new Set(rawIds.map((id) => parseId(id, 'Запись о наставляемом')))].sort();
  const rows = await tx
    .select({ person: people })
    .from(menteeProfiles)
    .innerJoin(people, eq(people.id, menteeProfiles.personId))
    .where(and(inArray(menteeProfiles.personId, ids), eq(menteeProfiles.organizationId, organizationId), inScope(scope, menteeProfiles.organizationId)))
    .orderBy(asc(menteeProfiles.personId))
    .for('update', { of: menteeProfiles });
  if (rows.length !== ids.length) throw notFound('Запись о наставляемом');
  return rows.map((r) => r.person);
}

/** A mentee is in at most one forming or active pair. */
export async function assertUnpaired(tx: Tx, mentees: PersonRow[]): Promise<void> {
  const busy = await tx
    .select({ personId: mentorPairMentees.personId })
    .from(mentorPairMentees)
    .innerJoin(mentorPairs, eq(mentorPairs.id, mentorPairMentees.pairId))
    .where(and(inArray(mentorPairMentees.personId, mentees.map((m) => m.id)), inArray(mentorPairs.status, [...LOADED_STATUSES])));
  const taken = mentees.filter((m) => busy.some((b) => b.personId === m.id));
  if (taken.length) {
    throw conflict(`Уже в наставнической паре (группе): ${taken.map((m) => initialsAfter(personNameOf(m))).join(', ')}.`);
  }
}

export async function mentorLoad(tx: Tx, mentorId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(mentorPairMentees)
    .innerJoin(mentorPairs, eq(mentorPairs.id, mentorPairMentees.pairId))
    .where(and(eq(mentorPairs.mentorId, mentorId), inArray(mentorPairs.status, [...LOADED_STATUSES])));
  return row?.n ?? 0;
}

/** The mentor's load limit, checked after the mentor's row is locked. */
export async function assertCapacity(tx: Tx, mentor: LockedMentor, adding: number): Promise<void> {
  const load = await mentorLoad(tx, mentor.person.id);
  const { ok, free } = checkLoad(load, mentor.limit, adding);
  if (ok) return;
  const whose = `У наставника ${initialsAfter(personNameOf(mentor.person), 'genitive')}`;
  throw conflict(
    free === 0
      ? `${whose} нет свободных мест: ${load} из ${mentor.limit} ${plural(mentor.limit, ['наставляемого', 'наставляемых', 'наставляемых'])}.`
      : `${whose} свободно мест: ${free} из ${mentor.limit}, а добавляется ${adding}.`,
  );
}

export function assertGroupSize(size: number): void {
  if (size > MAX_GROUP_SIZE) throw new AppError('VALIDATION', `В наставнической группе не больше ${MAX_GROUP_SIZE} наставляемых.`);
}

export function assertNotSelf(mentor: LockedMentor, mentees: PersonRow[]): void {
  if (mentees.some((m) => m.id === mentor.person.id)) {
    throw new AppError('VALIDATION', 'Наставник не может быть своим наставляемым.', { menteeIds: ['Выберите другого наставляемого.'] });
  }
}
