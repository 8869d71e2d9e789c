// The banks of a school: mentees with their category, deficits and whether they are in an
// open pair; mentors with competences, capacity, current load and training; the staff not
// in either bank (the candidates of the add forms); and the latest методический актив order.
import 'server-only';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documents, menteeProfiles, mentorPairMentees, mentorPairs, mentorProfiles, people } from '@/db/schema';
import { LOADED_STATUSES, mentorLimit } from '@/lib/domain/mentoring/load';
import { type Scope } from '@/lib/server/auth/scope';
import { mentorListOrder } from '@/templates/mentor-list-order';
import { ownSchool } from '../people/school-staff';

const byName = [sql`${people.lastName} collate ru_natural`, sql`${people.firstName} collate ru_natural`];
const open = sql.raw(LOADED_STATUSES.map((s) => `'${s}'`).join(', '));

export async function listBanks(db: Db, scope: Scope) {
  const org = await ownSchool(db, scope);
  const [mentees, mentors, candidates, [order]] = await Promise.all([
    db
      .select({
        person: people,
        profile: menteeProfiles,
        paired: sql<boolean>`exists (select 1 from ${mentorPairMentees} m join ${mentorPairs} p on p.id = m.pair_id
          where m.person_id = ${people.id} and p.status in (${open}))`,
      })
      .from(menteeProfiles)
      .innerJoin(people, eq(people.id, menteeProfiles.personId))
      .where(eq(menteeProfiles.organizationId, org.id))
      .orderBy(...byName),
    db
      .select({
        person: people,
        profile: mentorProfiles,
        load: sql<number>`(select count(*)::int from ${mentorPairMentees} m join ${mentorPairs} p on p.id = m.pair_id
          where p.mentor_id = ${people.id} and p.status in (${open}))`,
      })
      .from(mentorProfiles)
      .innerJoin(people, eq(people.id, mentorProfiles.personId))
      .where(eq(mentorProfiles.organizationId, org.id))
      .orderBy(...byName),
    db
      .select()
      .from(people)
      .leftJoin(menteeProfiles, eq(menteeProfiles.personId, people.id))
      .leftJoin(mentorProfiles, eq(mentorProfiles.personId, people.id))
      .where(and(eq(people.organizationId, org.id), isNull(menteeProfiles.personId), isNull(mentorProfiles.personId)))
      .orderBy(...byName),
    db
      .select({ id: documents.id, status: documents.status, number: documents.number, issueDate: documents.issueDate })
      .from(documents)
      .where(and(eq(documents.organizationId, org.id), eq(documents.template, mentorListOrder.name), isNull(documents.parentId), inArray(documents.status, ['draft', 'issued'])))
      .orderBy(desc(documents.createdAt))
      .limit(1),
  ]);
  return {
    mentees,
    mentors: mentors.map((m) => ({ ...m, limit: mentorLimit(m.profile.capacity, org.maxMenteesPerMentor) })),
    candidates: candidates.map((c) => c.people),
    order: order ?? null,
    maxMenteesPerMentor: org.maxMenteesPerMentor,
  };
}

export type Banks = Awaited<ReturnType<typeof listBanks>>;
