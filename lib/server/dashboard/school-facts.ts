// Facts about schools that their paths are derived from (lib/domain/school/path.ts), for one
// school or many at once: a fixed number of grouped queries whatever the number of
// schools, so the district board of 28 schools and a region of a thousand cost the same
// round trips.
import 'server-only';
import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '@/db/client';
import {
  consents,
  documents,
  menteeProfiles,
  mentorPairs,
  mentorProfiles,
  monitoringCampaigns,
  monitoringSubmissions,
  organizations,
  people,
  programs,
  users,
} from '@/db/schema';
import { notFound } from '@/lib/core/errors';
import { type ConsentKind, NOT_FOR_JOB_FUNCTION, type ParticipantRole, REQUIRED_CONSENTS } from '@/lib/domain/mentoring/consents';
import { type DocState, EMPTY_FACTS, type SchoolFacts } from '@/lib/domain/school/path';
import { orgsInScope, parseId, type Scope } from '@/lib/server/auth/scope';
import { readAll } from '@/lib/server/read-all';
import { mentorListOrder } from '@/templates/mentor-list-order';
import { resultsOrder } from '@/templates/results-order';
import { schoolIntroOrder } from '@/templates/school-intro-order';

type Reader = Db | Tx;

const PATH_DOCUMENTS = [schoolIntroOrder.name, mentorListOrder.name, resultsOrder.name] as const;

/** Per organization id, a number from grouped rows. */
const byOrg = <R extends { orgId: string }>(rows: R[], pick: (r: R) => number) => new Map(rows.map((r) => [r.orgId, pick(r)]));

// Single-table selects render columns unqualified, which a correlated subquery would read
// as its own columns: the outer row is named explicitly.
const pairId = sql.raw('mentor_pairs.id');
const pairMentor = sql.raw('mentor_pairs.mentor_id');

// A pair's consents are complete when every participant has each consent REQUIRED_CONSENTS
// asks of their role received: pair-bound ones for this pair, the others with no pair.
const received = (personSql: SQL, kind: ConsentKind, forPair: boolean) =>
  sql`exists (select 1 from ${consents} c where c.person_id = ${personSql} and c.kind = ${kind} and c.status = 'received' and ${
    forPair ? sql`c.pair_id = ${pairId}` : sql`c.pair_id is null`
  })`;
// A mentor within the job function owes no ст. 351.8 papers (NOT_FOR_JOB_FUNCTION).
const allReceived = (personSql: SQL, role: ParticipantRole) =>
  sql.join(
    REQUIRED_CONSENTS[role].map((r) =>
      role === 'mentor' && NOT_FOR_JOB_FUNCTION.includes(r.kind)
        ? sql`(${sql.raw('mentor_pairs.basis')} = 'job_function' or ${received(personSql, r.kind, r.pairBound)})`
        : received(personSql, r.kind, r.pairBound),
    ),
    sql` and `,
  );
const mentee = sql.raw('m.person_id');
const consentsComplete = sql`(${allReceived(pairMentor, 'mentor')}
  and not exists (select 1 from mentor_pair_mentees m where m.pair_id = ${pairId}
    and not (${allReceived(mentee, 'mentee')})))`;

/**
 * Facts of every school in `schoolIds` that lies in the scope, keyed by id. Ids outside
 * the scope (or not schools) are simply absent: callers pass ids they listed themselves.
 */
export async function loadSchoolsFacts(db: Reader, scope: Scope, schoolIds: string[]): Promise<Map<string, SchoolFacts>> {
  const out = new Map<string, SchoolFacts>();
  const wanted = schoolIds.filter((id) => z.uuid().safeParse(id).success);
  if (wanted.length === 0) return out;
  const orgs = await db
    .select({
      id: organizations.id,
      path: organizations.path,
      namesFilled: sql<boolean>`${organizations.fullName} <> '' and ${organizations.city} <> '' and ${organizations.headLastName} <> '' and ${organizations.headFirstName} <> ''`,
    })
    .from(organizations)
    .where(and(inArray(organizations.id, wanted), eq(organizations.kind, 'school'), orgsInScope(scope)));
  if (orgs.length === 0) return out;
  const ids = orgs.map((o) => o.id);
  const regionOf = new Map(orgs.map((o) => [o.id, o.path.split('/')[1]!]));
  const regionIds = [...new Set(regionOf.values())];

  const [curators, staff, docs, mentors, mentees, unpaired, pairRows, consentRows, programRows, campaigns, submissions] = await readAll(db, [
    () =>
      db
        .select({ orgId: users.organizationId, n: sql<number>`count(*)::int` })
        .from(users)
        .where(and(inArray(users.organizationId, ids), eq(users.role, 'curator'), eq(users.isActive, true)))
        .groupBy(users.organizationId),
    () =>
      db.select({ orgId: people.organizationId, n: sql<number>`count(*)::int` }).from(people).where(inArray(people.organizationId, ids)).groupBy(people.organizationId),
    () =>
      db
        .select({
          orgId: documents.organizationId,
          template: documents.template,
          issued: sql<boolean>`bool_or(${documents.status} in ('issued', 'amended'))`,
          draft: sql<boolean>`bool_or(${documents.status} = 'draft')`,
        })
        .from(documents)
        .where(and(inArray(documents.organizationId, ids), inArray(documents.template, [...PATH_DOCUMENTS]), isNull(documents.parentId)))
        .groupBy(documents.organizationId, documents.template),
    () =>
      db
        .select({ orgId: mentorProfiles.organizationId, n: sql<number>`count(*)::int` })
        .from(mentorProfiles)
        .where(inArray(mentorProfiles.organizationId, ids))
        .groupBy(mentorProfiles.organizationId),
    () =>
      db
        .select({ orgId: menteeProfiles.organizationId, n: sql<number>`count(*)::int` })
        .from(menteeProfiles)
        .where(inArray(menteeProfiles.organizationId, ids))
        .groupBy(menteeProfiles.organizationId),
    () =>
      db
        .select({ orgId: menteeProfiles.organizationId, n: sql<number>`count(*)::int` })
        .from(menteeProfiles)
        .where(
          and(
            inArray(menteeProfiles.organizationId, ids),
            sql`not exists (select 1 from mentor_pair_mentees m join ${mentorPairs} p on p.id = m.pair_id
              where m.person_id = mentee_profiles.person_id and p.status in ('forming', 'active', 'completed'))`,
          ),
        )
        .groupBy(menteeProfiles.organizationId),
    () =>
      db
        .select({
          orgId: mentorPairs.organizationId,
          forming: sql<number>`count(*) filter (where ${mentorPairs.status} = 'forming')::int`,
          active: sql<number>`count(*) filter (where ${mentorPairs.status} = 'active')::int`,
          completed: sql<number>`count(*) filter (where ${mentorPairs.status} = 'completed')::int`,
          terminated: sql<number>`count(*) filter (where ${mentorPairs.status} = 'terminated')::int`,
          missingConsents: sql<number>`count(*) filter (where ${mentorPairs.status} in ('forming', 'active') and not ${consentsComplete})::int`,
          withoutPpn: sql<number>`count(*) filter (where ${mentorPairs.status} in ('active', 'completed')
            and not exists (select 1 from ${programs} pr where pr.pair_id = ${pairId} and pr.kind = 'ppn'))::int`,
        })
        .from(mentorPairs)
        .where(inArray(mentorPairs.organizationId, ids))
        .groupBy(mentorPairs.organizationId),
    () =>
      db
        .select({ orgId: consents.organizationId, n: sql<number>`count(*)::int` })
        .from(consents)
        .where(and(inArray(consents.organizationId, ids), eq(consents.status, 'received')))
        .groupBy(consents.organizationId),
    () =>
      db
        .select({ orgId: programs.organizationId, n: sql<number>`count(*)::int` })
        .from(programs)
        .where(and(inArray(programs.organizationId, ids), eq(programs.kind, 'ppn')))
        .groupBy(programs.organizationId),
    () =>
      db
        .select({
          id: monitoringCampaigns.id,
          regionId: monitoringCampaigns.organizationId,
          title: monitoringCampaigns.title,
          deadline: monitoringCampaigns.deadline,
          startsOn: monitoringCampaigns.startsOn,
          status: monitoringCampaigns.status,
          createdAt: monitoringCampaigns.createdAt,
        })
        .from(monitoringCampaigns)
        .where(inArray(monitoringCampaigns.organizationId, regionIds)),
    () =>
      db
        .select({ orgId: monitoringSubmissions.organizationId, campaignId: monitoringSubmissions.campaignId })
        .from(monitoringSubmissions)
        .where(inArray(monitoringSubmissions.organizationId, ids)),
  ]);

  const curatorsOf = byOrg(curators, (r) => r.n);
  const staffOf = byOrg(staff, (r) => r.n);
  const mentorsOf = byOrg(mentors, (r) => r.n);
  const menteesOf = byOrg(mentees, (r) => r.n);
  const unpairedOf = byOrg(unpaired, (r) => r.n);
  const consentsOf = byOrg(consentRows, (r) => r.n);
  const ppnOf = byOrg(programRows, (r) => r.n);
  const pairsOf = new Map(pairRows.map((r) => [r.orgId, r]));
  const docState = (orgId: string, template: (typeof PATH_DOCUMENTS)[number]): DocState => {
    const row = docs.find((d) => d.orgId === orgId && d.template === template);
    return row?.issued ? 'issued' : row?.draft ? 'draft' : 'none';
  };
  const submitted = new Set(submissions.map((s) => `${s.orgId}:${s.campaignId}`));
  // Latest first: by start date, then by creation.
  const ordered = [...campaigns].sort((a, b) => b.startsOn.localeCompare(a.startsOn) || b.createdAt.getTime() - a.createdAt.getTime());

  for (const org of orgs) {
    const regionCampaigns = ordered.filter((c) => c.regionId === regionOf.get(org.id));
    const latest = regionCampaigns[0] ?? null;
    const open = regionCampaigns
      .filter((c) => c.status === 'open' && !submitted.has(`${org.id}:${c.id}`))
      .sort((a, b) => a.deadline.localeCompare(b.deadline))[0];
    const p = pairsOf.get(org.id);
    out.set(org.id, {
      ...EMPTY_FACTS,
      namesFilled: org.namesFilled,
      curatorAppointed: (curatorsOf.get(org.id) ?? 0) > 0,
      staffCount: staffOf.get(org.id) ?? 0,
      introOrder: docState(org.id, schoolIntroOrder.name),
      mentorCount: mentorsOf.get(org.id) ?? 0,
      menteeCount: menteesOf.get(org.id) ?? 0,
      mentorListOrder: docState(org.id, mentorListOrder.name),
      pairs: p ? { forming: p.forming, active: p.active, completed: p.completed, terminated: p.terminated } : EMPTY_FACTS.pairs,
      unpairedMentees: unpairedOf.get(org.id) ?? 0,
      consentsReceived: consentsOf.get(org.id) ?? 0,
      pairsMissingConsents: p?.missingConsents ?? 0,
      ppnCount: ppnOf.get(org.id) ?? 0,
      pairsWithoutPpn: p?.withoutPpn ?? 0,
      latestCampaign: latest && { title: latest.title, deadline: latest.deadline },
      submittedLatest: latest ? submitted.has(`${org.id}:${latest.id}`) : false,
      openUnsubmitted: open ? { title: open.title, deadline: open.deadline } : null,
      resultsOrder: docState(org.id, resultsOrder.name),
    });
  }
  return out;
}

/** Facts of one school of the scope (the caller's own by default); anything else is "not found". */
export async function loadSchoolFacts(db: Reader, scope: Scope, schoolId: string = scope.orgId): Promise<SchoolFacts> {
  const id = parseId(schoolId, 'Организация');
  const facts = (await loadSchoolsFacts(db, scope, [id])).get(id);
  if (!facts) throw notFound('Организация');
  return facts;
}
