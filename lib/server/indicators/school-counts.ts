// The counts behind the indicators, per school of a subtree: the schools are listed first,
// so the planner knows how many it aggregates over (index lookups for a district's 40,
// one scan for a region's 2000), then six grouped queries run side by side — staff (young
// teachers by the cut-offs of lib/domain/indicators/age.ts, covered ones, those without data),
// issued introduction orders and положения, mentors, mentees, pairs by status, consents
// outstanding — and the student model's pupils by age with those involved on the date.
// Districts and the region are sums of these rows.
import 'server-only';
import { and, eq, like, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { organizations } from '@/db/schema';
import { addDays, addMonths } from '@/lib/core/calendar/iso-dates';
import { youngCutoffs } from '@/lib/domain/indicators/age';
import type { UnitCounts } from '@/lib/domain/indicators/compute';
import { NOT_FOR_JOB_FUNCTION, REQUIRED_CONSENTS } from '@/lib/domain/mentoring/consents';
import { studentAgeCutoffs, WORKED_STATUSES } from '@/lib/domain/students/indicators';
import { orgsInScope, type Scope } from '@/lib/server/auth/scope';
import { readAll } from '@/lib/server/read-all';
import { schoolIntroOrder } from '@/templates/school-intro-order';
import { schoolRegulation } from '@/templates/school-regulation';

export interface SchoolCounts {
  id: string;
  districtId: string;
  name: string;
  counts: UnitCounts;
}

export type CountPart = 'staff' | 'docs' | 'mentors' | 'mentees' | 'pairs' | 'outstanding' | 'students';

/** What the key indicators need (lib/domain/indicators/compute.ts keyIndicators): a dashboard asks for no more. */
export const KEY_PARTS: readonly CountPart[] = ['staff', 'docs', 'mentors'];

/** The kinds REQUIRED_CONSENTS asks of each role that are (or are not) bound to a pair, as `k(is_mentor, kind)`. */
function requiredKinds(pairBound: boolean): SQL {
  const rows = (['mentor', 'mentee'] as const).flatMap((role) =>
    REQUIRED_CONSENTS[role].filter((r) => r.pairBound === pairBound).map((r) => sql`(${role === 'mentor'}::boolean, ${r.kind}::consent_kind)`),
  );
  return sql`(values ${sql.join(rows, sql`, `)}) k(is_mentor, kind)`;
}

/**
 * The ids of the pairs `pr` matching `where`, as an array for `pair_id = any(...)`: a pair's
 * child table (mentees of a staff or a student pair) has no organization column, and joined
 * plainly the planner hashes the whole table — every region of a country — to match a
 * region's pairs. Against the array it is one index scan over the pairs' ids in order, which
 * costs less than a lookup per pair.
 */
const pairIds = (where: SQL) => sql`array(select pr.id from mentor_pairs pr where ${where})`;

/**
 * Per school of `schools`, its pupils born on or before each of `cutoffs`, a column each,
 * then two zero columns (the students query's involvement): rows of `union all` selects, to
 * be summed by school. A cut-off D counts the year rows of
 * pupil_birth_counts before D's year, its month rows of D's year before D's month, and the
 * pupils born from the first of D's month to D — a few index entries a school, where counting
 * the pupils themselves reads a region's million.
 */
function pupilsBornBy(schools: SQL, cutoffs: string[]): SQL {
  const yearOf = (d: string) => `${d.slice(0, 4)}-01-01`;
  const monthOf = (d: string) => `${d.slice(0, 7)}-01`;
  const latestYear = cutoffs.map(yearOf).reduce((a, b) => (a > b ? a : b));
  const months = new Set<string>();
  const days = new Set<string>();
  for (const d of cutoffs) {
    for (let m = yearOf(d); m < monthOf(d); m = addMonths(m, 1)) months.add(m);
    for (let day = monthOf(d); day <= d; day = addDays(day, 1)) days.add(day);
  }
  const columns = (of: (d: string) => SQL) => sql.join([...cutoffs.map((d) => sql`coalesce(${of(d)}, 0)`), sql`0`, sql`0`], sql`, `);
  return sql`
    select organization_id, ${columns((d) => sql`sum(pupils) filter (where since < ${yearOf(d)}::date)`)}
    from pupil_birth_counts where organization_id = ${schools} and months = 12 and since < ${latestYear}::date group by 1
    union all
    select organization_id, ${columns((d) => sql`sum(pupils) filter (where since >= ${yearOf(d)}::date and since < ${monthOf(d)}::date)`)}
    from pupil_birth_counts where organization_id = ${schools} and months = 1 and since = any(${sql.param([...months])}::date[]) group by 1
    union all
    select organization_id, ${columns((d) => sql`count(*) filter (where birth_date >= ${monthOf(d)}::date and birth_date <= ${d}::date)`)}
    from pupils where organization_id = ${schools} and birth_date = any(${sql.param([...days])}::date[]) group by 1`;
}

/** The grouped queries over the schools `ids`; each returns rows keyed by `org`. */
function schoolCountQueries(ids: string[], referenceDate: string): Record<CountPart, SQL> {
  const { bornAfter, startedAfter } = youngCutoffs(referenceDate);
  const pupilAge = studentAgeCutoffs(referenceDate);
  const schools = sql`any(${sql.param(ids)}::uuid[])`;
  const young = sql`(p.birth_date > ${bornAfter}::date and p.pedagogical_start > ${startedAfter}::date)`;
  return {
    staff: sql`
      select p.organization_id as org,
        count(*)::int as staff,
        count(*) filter (where p.birth_date is null or p.pedagogical_start is null)::int as without_data,
        count(*) filter (where ${young})::int as young,
        count(*) filter (where ${young} and p.id in (
          select m.person_id from mentor_pair_mentees m
          where m.pair_id = any(${pairIds(sql`pr.organization_id = ${schools} and pr.status in ('forming', 'active', 'completed')`)})))::int as covered
      from people p where p.organization_id = ${schools} group by 1`,
    docs: sql`
      select organization_id as org,
        bool_or(template = ${schoolIntroOrder.name})::int as implementing,
        bool_or(template = ${schoolRegulation.name})::int as regulation
      from documents
      where organization_id = ${schools} and status in ('issued', 'amended') and template in (${schoolIntroOrder.name}, ${schoolRegulation.name})
      group by 1`,
    mentors: sql`select organization_id as org, count(*)::int as mentors from mentor_profiles where organization_id = ${schools} group by 1`,
    // The bank, plus anyone in a pair that was not terminated without being in the bank.
    mentees: sql`
      select org, sum(n)::int as mentees from (
        select organization_id as org, count(*) as n from mentee_profiles where organization_id = ${schools} group by 1
        union all
        select pr.organization_id, count(distinct m.person_id) from mentor_pairs pr
          join mentor_pair_mentees m on m.pair_id = pr.id
        where pr.organization_id = ${schools} and pr.status <> 'terminated'
          and m.pair_id = any(${pairIds(sql`pr.organization_id = ${schools} and pr.status <> 'terminated'`)})
          and not exists (select 1 from mentee_profiles mp where mp.person_id = m.person_id)
        group by 1
      ) x group by 1`,
    pairs: sql`
      select organization_id as org,
        count(*) filter (where status = 'forming')::int as forming,
        count(*) filter (where status = 'active')::int as active,
        count(*) filter (where status = 'completed')::int as completed,
        count(*) filter (where status = 'terminated')::int as terminated
      from mentor_pairs where organization_id = ${schools} group by 1`,
    // Required by a forming or active pair: what REQUIRED_CONSENTS asks of each participant,
    // pair-bound consents for each of their pairs and the others once per person. Anything
    // not received — missing, requested, declined, withdrawn — is outstanding.
    outstanding: sql`
      with live as (
        select id, organization_id as org, mentor_id, basis from mentor_pairs where organization_id = ${schools} and status in ('forming', 'active')
      ),
      members as (
        select id as pair_id, org, mentor_id as person_id, true as is_mentor, basis = 'job_function' as job_function from live
        union all
        select l.id, l.org, m.person_id, false, false from live l join mentor_pair_mentees m on m.pair_id = l.id
        where m.pair_id = any(array(select id from live))
      )
      select org, sum(n)::int as outstanding from (
        select r.org, count(*) filter (where c.id is null) as n
        from members r
        join ${requiredKinds(true)} on k.is_mentor = r.is_mentor
          -- A mentor within the job function owes no ст. 351.8 papers.
          and not (r.job_function and k.kind = any(${sql.param([...NOT_FOR_JOB_FUNCTION])}::consent_kind[]))
        -- The school filter and "is not null" (the unique index is partial) keep a district's
        -- lookup to its own consents instead of hashing the whole table.
        left join consents c on c.organization_id = ${schools} and c.pair_id is not null
          and c.pair_id = r.pair_id and c.person_id = r.person_id and c.kind = k.kind and c.status = 'received'
        group by 1
        union all
        select r.org, count(*) filter (where c.id is null)
        from (select distinct r.org, r.person_id, k.kind from members r join ${requiredKinds(false)} on k.is_mentor = r.is_mentor) r
        left join consents c on c.pair_id is null and c.person_id = r.person_id and c.kind = r.kind and c.status = 'received'
        group by 1
      ) x group by 1`,
    // The student model (lib/domain/students/indicators.ts): pupils by age on the date, and of
    // them those in a pair working on the date — as mentee, or as its pupil mentor. A pupil is
    // one row, so a child in several pairs or forms counts once. Pupils born on or before a
    // cut-off are counted from pupil_birth_counts (the years before its year, the months of its
    // year before its month) and from pupils only for the days of its month (pupilsBornBy);
    // an age range is the difference of two such counts.
    students: sql`
      with working as (
        select pr.id, pr.mentor_id from student_pairs pr
        where pr.organization_id = ${schools} and pr.status = any(${sql.param([...WORKED_STATUSES])}::pair_status[])
          and pr.start_date <= ${referenceDate}::date and ${referenceDate}::date <= pr.end_date
          and (pr.ended_on is null
            or (pr.status = 'terminated' and ${referenceDate}::date < pr.ended_on)
            or (pr.status <> 'terminated' and ${referenceDate}::date <= pr.ended_on))
      ),
      mentee as (select distinct m.pupil_id from student_pair_mentees m where m.pair_id = any(array(select id from working))),
      mentor as (select distinct sm.pupil_id from student_mentors sm where sm.id = any(array(select mentor_id from working)) and sm.kind = 'pupil')
      select org,
        (sum(born_by_mentee) - sum(born_by_oldest))::int as pupils_10_19,
        sum(student_mentees)::int as student_mentees,
        (sum(born_by_mentor) - sum(born_by_oldest))::int as pupils_15_19,
        sum(student_mentors)::int as student_mentors
      from (
        ${pupilsBornBy(schools, [pupilAge.bornAfter, pupilAge.menteeBornBy, pupilAge.mentorBornBy])}
        union all
        select p.organization_id, 0, 0, 0,
          count(*) filter (where p.birth_date <= ${pupilAge.menteeBornBy}::date and p.id in (select pupil_id from mentee)),
          count(*) filter (where p.birth_date <= ${pupilAge.mentorBornBy}::date and p.id in (select pupil_id from mentor))
        from pupils p
        -- One index scan over the involved pupils' ids, in order: cheaper than a lookup apiece.
        where p.id = any(array(select pupil_id from mentee union select pupil_id from mentor))
          and p.organization_id = ${schools} and p.birth_date > ${pupilAge.bornAfter}::date
        group by 1
      ) x (org, born_by_oldest, born_by_mentee, born_by_mentor, student_mentees, student_mentors)
      group by 1`,
  };
}

type Row = { org: string } & Record<string, number>;

/**
 * Per-school counts of the subtree at `subtreePath`, limited to the caller's scope. With
 * `parts`, only those queries run and the counts of the others stay 0.
 */
export async function loadSchoolCounts(
  db: Db | Tx,
  scope: Scope,
  subtreePath: string,
  referenceDate: string,
  parts?: readonly CountPart[],
): Promise<SchoolCounts[]> {
  const schools = await db
    .select({ id: organizations.id, districtId: organizations.parentId, name: organizations.shortName })
    .from(organizations)
    // A path is UUIDs and slashes: no LIKE metacharacters to escape.
    .where(and(eq(organizations.kind, 'school'), like(organizations.path, `${subtreePath}%`), orgsInScope(scope)))
    .orderBy(sql`${organizations.shortName} collate ru_natural`, organizations.id);
  if (schools.length === 0) return [];
  const queries = schoolCountQueries(schools.map((s) => s.id), referenceDate);
  const wanted = parts ?? (Object.keys(queries) as CountPart[]);
  const results = await readAll(db, wanted.map((part) => () => db.execute<Row>(queries[part])));
  const byOrg = new Map<string, Row>();
  for (const { rows } of results) for (const r of rows) byOrg.set(r.org, { ...byOrg.get(r.org), ...r });
  return schools.map((s) => {
    const r = byOrg.get(s.id);
    const n = (key: string) => Number(r?.[key] ?? 0);
    const counts: UnitCounts = {
      schools: 1,
      schoolsImplementing: n('implementing'),
      schoolsWithRegulation: n('regulation'),
      staff: n('staff'),
      staffWithoutData: n('without_data'),
      youngTeachers: n('young'),
      youngCovered: n('covered'),
      mentors: n('mentors'),
      mentees: n('mentees'),
      pairsForming: n('forming'),
      pairsActive: n('active'),
      pairsCompleted: n('completed'),
      pairsTerminated: n('terminated'),
      consentsOutstanding: n('outstanding'),
      pupils10to19: n('pupils_10_19'),
      studentMentees: n('student_mentees'),
      pupils15to19: n('pupils_15_19'),
      studentMentors: n('student_mentors'),
    };
    return { id: s.id, districtId: s.districtId!, name: s.name, counts };
  });
}
