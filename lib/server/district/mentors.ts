// The municipal base of mentors (mentor_profiles with their people and schools) and of
// curators (active curator accounts) of the caller's subtree, searchable by name, school,
// position, subject or competence. Read school by school so an export of a large region
// keeps one school's rows in memory at a time.
import 'server-only';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { mentorPairMentees, mentorPairs, mentorProfiles, organizations, people, users } from '@/db/schema';
import { fullNameOf } from '@/lib/core/russian';
import type { TrainingStatus } from '@/lib/domain/mentoring/vocabulary';
import { inScope, orgsInScope, type Scope } from '@/lib/server/auth/scope';

export { TRAINING_LABELS } from '@/lib/domain/mentoring/vocabulary';

export interface MentorRow {
  personId: string;
  school: string;
  fullName: string;
  position: string;
  subjects: string[];
  competences: string[];
  training: TrainingStatus;
  /** Mentees in the mentor's forming and active pairs. */
  load: number;
  /** min(the mentor's capacity, the school's limit). */
  limit: number;
}

export interface CuratorRow {
  userId: string;
  school: string;
  fullName: string;
  position: string;
  email: string;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const fold = (s: string) => s.toLocaleLowerCase('ru').replace(/ё/g, 'е');
/** Case- and ё-insensitive "contains" over the concatenated searchable text. */
const matches = (haystack: SQL, q: string) => sql`replace(lower(${haystack}), 'ё', 'е') like ${`%${escapeLike(fold(q))}%`}`;

const personName = sql<string>`concat_ws(' ', ${people.lastName}, ${people.firstName}, ${people.middleName})`;

/** A guard only: the page asks for fewer rows, the export reads 20 schools at a time. */
const MAX_ROWS = 100_000;

export interface BaseQuery {
  q: string;
  /** Only these schools (already listed from the scope). */
  schoolIds?: string[];
  limit?: number;
}

export async function mentorsOf(db: Db, scope: Scope, { q, schoolIds, limit }: BaseQuery): Promise<MentorRow[]> {
  const search = q
    ? matches(sql`concat_ws(' ', ${personName}, ${organizations.shortName}, ${people.position}, array_to_string(${people.subjects}, ' '), array_to_string(${mentorProfiles.competences}, ' '))`, q)
    : undefined;
  const load = sql<number>`(select count(*)::int from ${mentorPairMentees} pm join ${mentorPairs} p on p.id = pm.pair_id
    where p.mentor_id = ${people.id} and p.status in ('forming', 'active'))`;
  const rows = await db
    .select({
      personId: people.id,
      school: organizations.shortName,
      lastName: people.lastName,
      firstName: people.firstName,
      middleName: people.middleName,
      position: people.position,
      subjects: people.subjects,
      competences: mentorProfiles.competences,
      training: mentorProfiles.training,
      load,
      limit: sql<number>`least(${mentorProfiles.capacity}, ${organizations.maxMenteesPerMentor})`,
    })
    .from(mentorProfiles)
    .innerJoin(people, eq(mentorProfiles.personId, people.id))
    .innerJoin(organizations, eq(mentorProfiles.organizationId, organizations.id))
    .where(and(inScope(scope, mentorProfiles.organizationId), schoolIds ? inArray(mentorProfiles.organizationId, schoolIds) : undefined, search))
    .orderBy(sql`${organizations.shortName} collate ru_natural`, sql`${personName} collate ru_natural`)
    .limit(limit ?? MAX_ROWS);
  return rows.map(({ lastName, firstName, middleName, ...r }) => ({ ...r, fullName: fullNameOf({ lastName, firstName, middleName }) }));
}

export async function curatorsOf(db: Db, scope: Scope, { q, schoolIds, limit }: BaseQuery): Promise<CuratorRow[]> {
  const search = q ? matches(sql`concat_ws(' ', ${users.fullName}, ${organizations.shortName}, ${users.email}, ${people.position})`, q) : undefined;
  const rows = await db
    .select({ userId: users.id, school: organizations.shortName, fullName: users.fullName, position: people.position, email: users.email })
    .from(users)
    .innerJoin(organizations, eq(users.organizationId, organizations.id))
    .leftJoin(people, eq(users.personId, people.id))
    .where(and(eq(users.role, 'curator'), eq(users.isActive, true), inScope(scope, users.organizationId), schoolIds ? inArray(users.organizationId, schoolIds) : undefined, search))
    .orderBy(sql`${organizations.shortName} collate ru_natural`, sql`${users.fullName} collate ru_natural`)
    .limit(limit ?? MAX_ROWS);
  return rows.map((r) => ({ ...r, position: r.position ?? '' }));
}

/** Ids of the schools of the subtree in name order, for reading the base school by school. */
export async function schoolIdsInScope(db: Db, scope: Scope): Promise<string[]> {
  const rows = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.kind, 'school'), orgsInScope(scope)))
    .orderBy(sql`${organizations.shortName} collate ru_natural`);
  return rows.map((r) => r.id);
}

/** The schools of the subtree in groups, so an export reads a few schools' rows at a time. */
export async function schoolBatches(db: Db, scope: Scope, size = 20): Promise<string[][]> {
  const ids = await schoolIdsInScope(db, scope);
  return Array.from({ length: Math.ceil(ids.length / size) }, (_, i) => ids.slice(i * size, (i + 1) * size));
}
