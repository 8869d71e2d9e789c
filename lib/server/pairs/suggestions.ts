// The matching board of a school: every mentor of the bank with load and limit, and for each
// mentee without a forming or active pair the mentors ranked by the matching score.
import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { menteeProfiles, mentorProfiles, organizations, people } from '@/db/schema';
import { initialsAfter } from '@/lib/core/russian';
import { mentorLimit } from '@/lib/domain/mentoring/load';
import { type MentorForMatching, type MentorSuggestion, rankMentors } from '@/lib/domain/mentoring/matching';
import { personNameOf, type PersonRow } from '@/lib/domain/mentoring/staff';
import { requireOrgInScope, type Scope } from '@/lib/server/auth/scope';

export interface MenteeCard {
  person: PersonRow;
  subjects: string[];
  category: (typeof menteeProfiles.$inferSelect)['category'];
  deficits: string[];
  requests: string;
  suggestions: MentorSuggestion[];
}

export interface MatchingBoard {
  mentors: MentorForMatching[];
  unpaired: MenteeCard[];
}

const inLoadedPair = (personColumn: typeof people.id) =>
  sql<boolean>`exists (select 1 from mentor_pair_mentees pm join mentor_pairs p on p.id = pm.pair_id where pm.person_id = ${personColumn} and p.status in ('forming', 'active'))`;

export async function matchingBoard(db: Db, scope: Scope): Promise<MatchingBoard> {
  const org = await requireOrgInScope(db, scope, scope.orgId);
  const [mentorRows, menteeRows] = await Promise.all([
    db
      .select({
        person: people,
        competences: mentorProfiles.competences,
        capacity: mentorProfiles.capacity,
        training: mentorProfiles.training,
        orgMax: organizations.maxMenteesPerMentor,
        load: sql<number>`(select count(*)::int from mentor_pair_mentees pm join mentor_pairs p on p.id = pm.pair_id where p.mentor_id = ${mentorProfiles.personId} and p.status in ('forming', 'active'))`,
      })
      .from(mentorProfiles)
      .innerJoin(people, eq(people.id, mentorProfiles.personId))
      .innerJoin(organizations, eq(organizations.id, mentorProfiles.organizationId))
      .where(eq(mentorProfiles.organizationId, org.id))
      .orderBy(asc(people.lastName), asc(people.firstName)),
    db
      .select({
        person: people,
        category: menteeProfiles.category,
        deficits: menteeProfiles.deficits,
        requests: menteeProfiles.requests,
        paired: inLoadedPair(people.id),
      })
      .from(menteeProfiles)
      .innerJoin(people, eq(people.id, menteeProfiles.personId))
      .where(eq(menteeProfiles.organizationId, org.id))
      .orderBy(asc(people.lastName), asc(people.firstName)),
  ]);
  const mentors: MentorForMatching[] = mentorRows.map((m) => ({
    personId: m.person.id,
    name: initialsAfter(personNameOf(m.person)),
    subjects: m.person.subjects,
    competences: m.competences,
    training: m.training,
    load: m.load,
    limit: mentorLimit(m.capacity, m.orgMax),
  }));
  const unpaired = menteeRows
    .filter((m) => !m.paired)
    .map((m) => ({
      person: m.person,
      subjects: m.person.subjects,
      category: m.category,
      deficits: m.deficits,
      requests: m.requests,
      suggestions: rankMentors({ personId: m.person.id, subjects: m.person.subjects, deficits: m.deficits }, mentors),
    }));
  return { mentors, unpaired };
}
