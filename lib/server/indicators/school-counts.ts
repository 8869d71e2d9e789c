// The counts behind the indicators, per school of a subtree: beside the list of its schools,
// queries select them and read them school by school (bySchool), side by side — young
// teachers by the cut-offs of lib/domain/indicators/age.ts and the covered ones, the counts
// kept per school by triggers (staff, banks, pairs, consents outstanding, issued documents),
// and the student model's pupils by age and those involved on the date. Districts and the
// region are sums of these rows.
import 'server-only';
import { and, eq, like, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { birthDayOfYear, organizations, pupils } from '@/db/schema';
import { addDays, addMonths } from '@/lib/core/calendar/iso-dates';
import { youngCutoffs } from '@/lib/domain/indicators/age';
import type { UnitCounts } from '@/lib/domain/indicators/compute';
import { studentAgeCutoffs } from '@/lib/domain/students/indicators';
import { orgsInScope, type Scope } from '@/lib/server/auth/scope';
import { readAll } from '@/lib/server/read-all';

export interface SchoolCounts {
  id: string;
  districtId: string;
  name: string;
  counts: UnitCounts;
}

export type CountPart = 'staff' | 'kept' | 'students';

/** What the key indicators need (lib/domain/indicators/compute.ts keyIndicators): a dashboard asks for no more. */
export const KEY_PARTS: readonly CountPart[] = ['staff', 'kept'];

/**
 * `from` items reading `select` (which names the school `s.id`) school by school over the
 * subquery `schools`, as `name`: an index scan each. Against `organization_id = any(<2,000
 * ids>)` the planner estimates every id (30–40 ms a statement) and, where the region is the
 * whole table, scans it testing each row against the list; OFFSET 0 keeps it from flattening
 * the lateral into a hash join over every region of a country.
 */
const bySchool = (schools: SQL, select: SQL, name: string) => sql`${schools} s(id) cross join lateral (${select} offset 0) ${sql.raw(name)}`;

/** A signed count of pupils of a school: its years, months (pupil_birth_counts) or days (pupils). */
type Term =
  | { sign: 1 | -1; years: string } // since < years
  | { sign: 1 | -1; months: [string, string] } // from <= since < to
  | { sign: 1 | -1; days: [string, string] }; // from <= birth_date <= to

function bornBefore(first: string): Term[] {
  const year = `${first.slice(0, 4)}-01-01`;
  const month = Number(first.slice(5, 7));
  if (month === 1) return [{ sign: 1, years: year }];
  if (month <= 7) return [{ sign: 1, years: year }, { sign: 1, months: [year, first] }];
  const nextYear = addMonths(year, 12);
  return [{ sign: 1, years: nextYear }, { sign: -1, months: [first, nextYear] }];
}

/**
 * How many pupils were born on or before `d`, as signed terms over pupil_birth_counts and
 * pupils: from the first of its month, the years before that year and the months of it before
 * that month — or, from July on, the years through that year less its months from that month
 * on — and then the days of its month up to `d`, or from its 16th on the next month's count
 * less the days after `d`. So a cut-off reads at most 6 month rows and 15 days a school.
 */
function bornBy(d: string): Term[] {
  const first = `${d.slice(0, 7)}-01`;
  const next = addMonths(first, 1);
  if (Number(d.slice(8)) <= 15) return [...bornBefore(first), { sign: 1, days: [first, d] }];
  const after = addDays(d, 1);
  return after === next ? bornBefore(next) : [...bornBefore(next), { sign: -1, days: [after, addDays(next, -1)] }];
}

/**
 * Per school of `schools`, its pupils born on or before each of `cutoffs`, as columns `c0`, `c1`…:
 * pupil_birth_counts' years and months and the pupils of the days (bornBy), read school by
 * school — a few index entries each, where counting the pupils themselves reads a region's
 * million, and where one scan over every school reads more of the index and costs the planner
 * an estimate per school.
 */
function pupilsBornBy(schools: SQL, cutoffs: string[]): SQL {
  const terms = cutoffs.map(bornBy);
  const months = new Set<string>();
  for (const t of terms.flat()) if ('months' in t) for (let m = t.months[0]; m < t.months[1]; m = addMonths(m, 1)) months.add(m);
  // A term's days lie within one month: its ends bound its days of the year.
  const dayEnds = terms.flat().flatMap((t) => ('days' in t ? t.days : []));
  /** Per cut-off, its terms of one kind: a filtered aggregate each, with its sign. */
  const columns = (of: (t: Term) => SQL | null) =>
    sql.join(
      terms.map((ts, i) => {
        const used = ts.flatMap((t) => {
          const part = of(t);
          return part ? [sql`${sql.raw(t.sign < 0 ? '-' : '+')} coalesce(${part}, 0)`] : [];
        });
        return sql`0 ${sql.join(used, sql` `)} as ${sql.raw(`c${i}`)}`;
      }),
      sql`, `,
    );
  const latestYear = terms.flat().reduce((a, t) => ('years' in t && t.years > a ? t.years : a), '0000-01-01');
  const parts = [
    sql`select ${columns((t) => ('years' in t ? sql`sum(pupils) filter (where since < ${t.years}::date)` : null))}
      from pupil_birth_counts where organization_id = s.id and months = 12 and since < ${latestYear}::date`,
  ];
  if (months.size)
    parts.push(sql`select ${columns((t) => ('months' in t ? sql`sum(pupils) filter (where since >= ${t.months[0]}::date and since < ${t.months[1]}::date)` : null))}
      from pupil_birth_counts where organization_id = s.id and months = 1 and since = any(${sql.param([...months])}::date[])`);
  if (dayEnds.length) {
    // The days of every year between the first and the last day of the year of the terms: one
    // range of the index pupils_org_birth, the terms' own years picked by the filters.
    const ofYear = dayEnds.map((day) => Number(day.slice(5, 7)) * 100 + Number(day.slice(8)));
    parts.push(sql`select ${columns((t) => ('days' in t ? sql`count(*) filter (where birth_date >= ${t.days[0]}::date and birth_date <= ${t.days[1]}::date)` : null))}
      from pupils where organization_id = s.id and ${birthDayOfYear(pupils.birthDate)} between ${Math.min(...ofYear)} and ${Math.max(...ofYear)}`);
  }
  const sum = (i: number) => sql.join(parts.map((_, k) => sql.raw(`p${k}.c${i}`)), sql` + `);
  return sql`
    select s.id as organization_id, ${sql.join(cutoffs.map((_, i) => sql`${sum(i)} as ${sql.raw(`c${i}`)}`), sql`, `)}
    from ${schools} s(id)
    ${sql.join(parts.map((part, k) => sql`cross join lateral (${part}) ${sql.raw(`p${k}`)}`), sql` `)}`;
}

/** The queries over the subquery `each` of schools, one or more a part; each returns rows keyed by `org`. */
function schoolCountQueries(each: SQL, referenceDate: string): Record<CountPart, SQL | SQL[]> {
  const { bornAfter, startedAfter } = youngCutoffs(referenceDate);
  const pupilAge = studentAgeCutoffs(referenceDate);
  return {
    // Young teachers, and those of them covered: mentees of a forming, active or completed
    // pair (people.mentored). A school's staff born after the age cut-off, from the index
    // people_org_dates alone; its staff and those without the dates are kept (below).
    staff: sql`
      select s.id as org, c.* from ${bySchool(
        each,
        sql`select count(*) filter (where p.pedagogical_start > ${startedAfter}::date)::int as young,
          count(*) filter (where p.pedagogical_start > ${startedAfter}::date and p.mentored)::int as covered
        from people p where p.organization_id = s.id and p.birth_date > ${bornAfter}::date`,
        'c',
      )}`,
    // Kept per school by triggers (migrations 0025_school_counts_triggers, 0027_kept_counts):
    // the banks (with anyone in a pair not terminated without being in the bank), pairs by
    // status, what REQUIRED_CONSENTS asks of the participants of its forming and active pairs
    // and is not received (missing, requested, declined or withdrawn), its issued documents,
    // its staff and those without a birth date or a start of pedagogical work.
    kept: sql`
      select s.id as org, c.* from ${bySchool(
        each,
        sql`select mentors, mentees, pairs_forming as forming, pairs_active as active, pairs_completed as completed,
          pairs_terminated as terminated, consents_outstanding as outstanding, implementing, regulation,
          staff, staff_without_data as without_data
        from school_counts where organization_id = s.id`,
        'c',
      )}`,
    // The student model (lib/domain/students/indicators.ts): pupils by age on the date, an
    // age range being the difference of two counts of pupils born by a cut-off (pupilsBornBy).
    // Two statements, to run side by side.
    students: [
      sql`
      select organization_id as org, (c1 - c0)::int as pupils_10_19, (c2 - c0)::int as pupils_15_19
      from (${pupilsBornBy(each, [pupilAge.bornAfter, pupilAge.menteeBornBy, pupilAge.mentorBornBy])}) x`,
      // Of them, those in a pair working on the date — as mentee, or as its pupil mentor: a
      // school's rows of student_involvement (kept by triggers, migration 0027_kept_counts) whose
      // working days hold the date. A pupil counts once, at their school, however many pairs.
      sql`
      select s.id as org, c.* from ${bySchool(
        each,
        sql`select count(distinct pupil_id) filter (where not as_mentor and birth_date <= ${pupilAge.menteeBornBy}::date)::int as student_mentees,
          count(distinct pupil_id) filter (where as_mentor and birth_date <= ${pupilAge.mentorBornBy}::date)::int as student_mentors
        from student_involvement where organization_id = s.id and to_date >= ${referenceDate}::date
          and from_date <= ${referenceDate}::date and birth_date > ${pupilAge.bornAfter}::date`,
        'c',
      )}`,
    ],
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
  // A path is UUIDs and slashes: no LIKE metacharacters to escape.
  const inSubtree = and(eq(organizations.kind, 'school'), like(organizations.path, `${subtreePath}%`), orgsInScope(scope));
  // The counts select the schools themselves, so they run beside the list instead of after it.
  const queries = schoolCountQueries(sql`(select ${organizations.id} from ${organizations} where ${inSubtree})`, referenceDate);
  const wanted = parts ?? (Object.keys(queries) as CountPart[]);
  const [schools, ...results] = await readAll(db, [
    () =>
      db
        .select({ id: organizations.id, districtId: organizations.parentId, name: organizations.shortName })
        .from(organizations)
        .where(inSubtree)
        .orderBy(sql`${organizations.shortName} collate ru_natural`, organizations.id),
    ...wanted.flatMap((part) => [queries[part]].flat()).map((query) => () => db.execute<Row>(query)),
  ]);
  const byOrg = new Map<string, Row>();
  for (const { rows } of results)
    for (const r of rows) byOrg.set(r.org, { ...byOrg.get(r.org), ...r });
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
