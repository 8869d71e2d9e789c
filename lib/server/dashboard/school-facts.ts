// Facts about schools that their paths are derived from (lib/domain/school/path.ts), for one
// school or many at once: two statements whatever the number of schools, so the district
// board of 28 schools and a region of a thousand cost the same round trips.
import 'server-only';
import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
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

// Per school, correlated with the outer `organizations` row (each an index range on the
// table's organization column): one statement whatever the number of schools.
const school = sql.raw('organizations.id');
const countWhere = (from: SQL, where: SQL) => sql<number>`(select count(*)::int from ${from} where ${where})`;
const pairsWhere = (where: SQL) => countWhere(sql`mentor_pairs`, sql`mentor_pairs.organization_id = ${school} and ${where}`);
/** A path document's state: issued (or amended) wins over a draft. */
const docState = (template: string) =>
  sql<DocState>`(select case when bool_or(d.status in ('issued', 'amended')) then 'issued' when bool_or(d.status = 'draft') then 'draft' else 'none' end
    from ${documents} d where d.organization_id = ${school} and d.template = ${template} and d.parent_id is null)`;

/**
 * Facts of every school in `schoolIds` that lies in the scope, keyed by id. Ids outside
 * the scope (or not schools) are simply absent: callers pass ids they listed themselves.
 * The facts are one statement: the dashboard renders after every write in its school, and a
 * round trip per fact cost more than the counting.
 */
export async function loadSchoolsFacts(db: Reader, scope: Scope, schoolIds: string[]): Promise<Map<string, SchoolFacts>> {
  const out = new Map<string, SchoolFacts>();
  const wanted = schoolIds.filter((id) => z.uuid().safeParse(id).success);
  if (wanted.length === 0) return out;
  // Every organization of a scope lies in the region its path starts with.
  const regionId = scope.orgPath.split('/')[1]!;
  const [rows, campaigns] = await readAll(db, [
    () =>
      db
        .select({
          id: organizations.id,
          namesFilled: sql<boolean>`${organizations.fullName} <> '' and ${organizations.city} <> '' and ${organizations.headLastName} <> '' and ${organizations.headFirstName} <> ''`,
          curators: countWhere(sql`${users} u`, sql`u.organization_id = ${school} and u.role = 'curator' and u.is_active`),
          staff: countWhere(sql`${people} x`, sql`x.organization_id = ${school}`),
          introOrder: docState(schoolIntroOrder.name),
          mentorListOrder: docState(mentorListOrder.name),
          resultsOrder: docState(resultsOrder.name),
          mentors: countWhere(sql`${mentorProfiles} x`, sql`x.organization_id = ${school}`),
          mentees: countWhere(sql`${menteeProfiles} x`, sql`x.organization_id = ${school}`),
          unpaired: countWhere(
            sql`${menteeProfiles} x`,
            sql`x.organization_id = ${school} and not exists (select 1 from mentor_pair_mentees m join ${mentorPairs} p on p.id = m.pair_id
              where m.person_id = x.person_id and p.status in ('forming', 'active', 'completed'))`,
          ),
          forming: pairsWhere(sql`mentor_pairs.status = 'forming'`),
          active: pairsWhere(sql`mentor_pairs.status = 'active'`),
          completed: pairsWhere(sql`mentor_pairs.status = 'completed'`),
          terminated: pairsWhere(sql`mentor_pairs.status = 'terminated'`),
          missingConsents: pairsWhere(sql`mentor_pairs.status in ('forming', 'active') and not ${consentsComplete}`),
          withoutPpn: pairsWhere(
            sql`mentor_pairs.status in ('active', 'completed') and not exists (select 1 from ${programs} pr where pr.pair_id = ${pairId} and pr.kind = 'ppn')`,
          ),
          consents: countWhere(sql`${consents} x`, sql`x.organization_id = ${school} and x.status = 'received'`),
          ppn: countWhere(sql`${programs} x`, sql`x.organization_id = ${school} and x.kind = 'ppn'`),
          submitted: sql<string[]>`array(select s.campaign_id::text from ${monitoringSubmissions} s where s.organization_id = ${school})`,
        })
        .from(organizations)
        .where(and(inArray(organizations.id, wanted), eq(organizations.kind, 'school'), orgsInScope(scope))),
    () =>
      db
        .select({
          id: monitoringCampaigns.id,
          title: monitoringCampaigns.title,
          deadline: monitoringCampaigns.deadline,
          status: monitoringCampaigns.status,
        })
        .from(monitoringCampaigns)
        .where(eq(monitoringCampaigns.organizationId, regionId))
        // Latest first: by start date, then by creation.
        .orderBy(desc(monitoringCampaigns.startsOn), desc(monitoringCampaigns.createdAt)),
  ] as const);

  const latest = campaigns[0] ?? null;
  for (const r of rows) {
    const submitted = new Set(r.submitted);
    const open = campaigns.filter((c) => c.status === 'open' && !submitted.has(c.id)).sort((a, b) => a.deadline.localeCompare(b.deadline))[0];
    out.set(r.id, {
      ...EMPTY_FACTS,
      namesFilled: r.namesFilled,
      curatorAppointed: r.curators > 0,
      staffCount: r.staff,
      introOrder: r.introOrder,
      mentorCount: r.mentors,
      menteeCount: r.mentees,
      mentorListOrder: r.mentorListOrder,
      pairs: { forming: r.forming, active: r.active, completed: r.completed, terminated: r.terminated },
      unpairedMentees: r.unpaired,
      consentsReceived: r.consents,
      pairsMissingConsents: r.missingConsents,
      ppnCount: r.ppn,
      pairsWithoutPpn: r.withoutPpn,
      latestCampaign: latest && { title: latest.title, deadline: latest.deadline },
      submittedLatest: latest ? submitted.has(latest.id) : false,
      openUnsubmitted: open ? { title: open.title, deadline: open.deadline } : null,
      resultsOrder: r.resultsOrder,
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
