// school_counts (migrations 0025_school_counts_triggers, 0027_kept_counts) and people.mentored
// against their definitions: the consents outstanding by the domain's rule — for every forming
// or active pair, what requiredConsents (REQUIRED_CONSENTS, NOT_FOR_JOB_FUNCTION) asks and is
// not received, a personal-data consent once per person and school — and the other counts and
// the flags by plain queries over the data (the documents by the templates' own names).
// Checked after every kind of write they depend on, through the app and directly in SQL, with
// rolled-back work and two writers of one school.
import { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PairBasis, requiredConsents } from '@/lib/domain/mentoring/consents';
import { loadSchoolCounts } from '@/lib/server/indicators/school-counts';
import { schoolIntroOrder } from '@/templates/school-intro-order';
import { schoolRegulation } from '@/templates/school-regulation';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { runSqlSteps, type SqlStep } from '../support/sql-steps';
import { buildTree, type Tree } from '../support/tree';
import { completeOrgs, formPair, issueIntroOrder, mentee, mentor, receiveAll } from './pairs-fixtures';

let t: TestDatabase;
let tree: Tree;
let pool: Pool;
const q = async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) => (await pool.query<T>(text, params)).rows;

const teacher = (lastName: string, firstName: string) => ({ lastName, firstName, middleName: 'Петрович', position: 'учитель истории' });

/** Per school, the consents outstanding by the domain's rule, read from the rows themselves. */
async function outstanding(): Promise<Map<string, number>> {
  const pairs = await q<{ id: string; org: string; mentor_id: string; basis: PairBasis }>(
    `select id, organization_id as org, mentor_id, basis from mentor_pairs where status in ('forming', 'active')`,
  );
  const members = await q<{ pair_id: string; person_id: string }>(`select pair_id, person_id from mentor_pair_mentees`);
  const received = new Set(
    (await q<{ pair_id: string | null; person_id: string; kind: string }>(`select pair_id, person_id, kind from consents where status = 'received'`)).map(
      (c) => `${c.pair_id ?? '-'}:${c.person_id}:${c.kind}`,
    ),
  );
  const owed = new Map<string, Set<string>>();
  for (const p of pairs) {
    const menteeIds = members.filter((m) => m.pair_id === p.id).map((m) => m.person_id);
    for (const r of requiredConsents({ mentorId: p.mentor_id, menteeIds, basis: p.basis })) {
      const key = `${r.pairBound ? p.id : '-'}:${r.personId}:${r.kind}`;
      if (!received.has(key)) owed.set(p.org, (owed.get(p.org) ?? new Set()).add(key));
    }
  }
  return new Map([...owed].map(([org, keys]) => [org, keys.size]));
}

type Counts = Record<string, Record<string, number>>;

/** Per school, every count by its definition. */
async function definition(): Promise<Counts> {
  const rows = await q<{ org: string } & Record<string, number>>(
    `select o.id as org,
       (select count(*) from mentor_profiles where organization_id = o.id)::int as mentors,
       (select count(*) from mentee_profiles where organization_id = o.id)::int
         + (select count(distinct m.person_id) from mentor_pairs pr join mentor_pair_mentees m on m.pair_id = pr.id
            where pr.organization_id = o.id and pr.status <> 'terminated'
              and not exists (select from mentee_profiles mp where mp.person_id = m.person_id))::int as mentees,
       (select count(*) from mentor_pairs where organization_id = o.id and status = 'forming')::int as pairs_forming,
       (select count(*) from mentor_pairs where organization_id = o.id and status = 'active')::int as pairs_active,
       (select count(*) from mentor_pairs where organization_id = o.id and status = 'completed')::int as pairs_completed,
       (select count(*) from mentor_pairs where organization_id = o.id and status = 'terminated')::int as pairs_terminated,
       exists (select from documents where organization_id = o.id and template = $1 and status in ('issued', 'amended'))::int as implementing,
       exists (select from documents where organization_id = o.id and template = $2 and status in ('issued', 'amended'))::int as regulation,
       (select count(*) from people where organization_id = o.id)::int as staff,
       (select count(*) from people where organization_id = o.id and (birth_date is null or pedagogical_start is null))::int as staff_without_data
     from organizations o where o.kind = 'school'`,
    [schoolIntroOrder.name, schoolRegulation.name],
  );
  const owed = await outstanding();
  return Object.fromEntries(rows.map(({ org, ...counts }) => [org, { ...counts, consents_outstanding: owed.get(org) ?? 0 }]));
}

async function table(): Promise<Counts> {
  const rows = await q<{ org: string } & Record<string, number>>(
    `select c.organization_id as org, mentors, mentees, pairs_forming, pairs_active, pairs_completed, pairs_terminated, implementing, regulation,
       staff, staff_without_data, consents_outstanding
     from school_counts c join organizations o on o.id = c.organization_id where o.kind = 'school'`,
  );
  const zero = Object.fromEntries(Object.keys((await definition())[tree.orgs.s1a.id]!).map((k) => [k, 0]));
  const bySchool = Object.fromEntries((await q<{ id: string }>(`select id from organizations where kind = 'school'`)).map((o) => [o.id, zero]));
  for (const { org, ...counts } of rows) bySchool[org] = counts;
  return bySchool;
}

/** People whose `mentored` is not what it stands for: a mentee of a forming, active or completed pair. */
const wrongFlags = () =>
  q(`select id, mentored from people p where mentored is distinct from exists (
       select from mentor_pair_mentees m join mentor_pairs pr on pr.id = m.pair_id
       where m.person_id = p.id and pr.status in ('forming', 'active', 'completed'))`);

async function expectExact(label: string) {
  const want = await definition();
  expect(await table(), label).toEqual(want);
  expect(await wrongFlags(), `${label}: people.mentored`).toEqual([]);
  return Object.fromEntries(Object.entries(want).map(([org, c]) => [org, c.consents_outstanding!]));
}

let pairA: string;
let pairB: string;
let menteesA: string[];

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  await completeOrgs(t.db, tree);
  pool = new Pool({ connectionString: t.url, max: 3 });
  const { s1a } = tree.orgs;
  menteesA = [await mentee(t.db, s1a.id, teacher('Белых', 'Анна')), await mentee(t.db, s1a.id, teacher('Орлов', 'Илья'))];
  pairA = (await formPair(t.db, tree.scopes.curator1a, await mentor(t.db, s1a.id, teacher('Гусев', 'Олег')), menteesA)).id;
  pairB = (await formPair(t.db, tree.scopes.curator1a, await mentor(t.db, s1a.id, teacher('Зайцев', 'Пётр')), [await mentee(t.db, s1a.id, teacher('Седых', 'Иван'))])).id;
});

afterAll(async () => {
  await pool?.end();
  await t?.close();
});

describe('school_counts', () => {
  it('follows the app: pairs formed, consents received, an introduction order issued, and the indicators read it', async () => {
    const { s1a, s1b, s2 } = tree.orgs;
    // Two pairs, nothing received: 3 + 2 + 2 for the first, 3 + 2 for the second.
    expect(await expectExact('formed')).toEqual({ [s1a.id]: 12, [s1b.id]: 0, [s2.id]: 0 });
    await receiveAll(t.db, tree.scopes.curator1a, pairA);
    expect(await expectExact('first pair received')).toEqual({ [s1a.id]: 5, [s1b.id]: 0, [s2.id]: 0 });
    await issueIntroOrder(t.db, tree.scopes.head1a);
    await expectExact('introduction order issued');
    const [counts] = await loadSchoolCounts(t.db, tree.scopes.district1, s1a.path, '2026-12-20', ['kept']);
    expect(counts!.counts).toMatchObject({ consentsOutstanding: 5, pairsForming: 2, mentors: 2, mentees: 3, schoolsImplementing: 1, schoolsWithRegulation: 1 });
  });

  it('equals the definition after each kind of write made directly in SQL', async () => {
    const { s1a, s1b, s2 } = tree.orgs;
    const steps: SqlStep[] = [
      ['a consent withdrawn', `update consents set status = 'withdrawn', closed_on = '2026-10-01' where pair_id = $1 and kind = 'mentor_duties'`, [pairA]],
      ['a consent deleted', `delete from consents where pair_id = $1 and kind = 'mentee_participation' and person_id = $2`, [pairA, menteesA[0]]],
      ['a note on a consent (no bearing)', `update consents set note = 'скан' where pair_id = $1`, [pairA]],
      ['the pair within the job function', `update mentor_pairs set basis = 'job_function' where id = $1`, [pairA]],
      ['the pair back under an agreement', `update mentor_pairs set basis = 'agreement' where id = $1`, [pairA]],
      ['a mentee leaves the pair', `delete from mentor_pair_mentees where pair_id = $1 and person_id = $2`, [pairA, menteesA[1]]],
      ['and comes back', `insert into mentor_pair_mentees (pair_id, person_id) values ($1, $2)`, [pairA, menteesA[1]]],
      ['a teacher without a birth date', `update people set birth_date = null where id = $1`, [menteesA[0]]],
      ['a position changed (no bearing)', `update people set position = 'заместитель директора' where id = $1`, [menteesA[0]]],
      ['a teacher hired', `insert into people (organization_id, last_name, first_name, birth_date, pedagogical_start) values ($1, 'Новикова', 'Вера', '2000-01-01', '2025-09-01')`, [s1a.id]],
      ['and gone', `delete from people where organization_id = $1 and last_name = 'Новикова'`, [s1a.id]],
      ['a mentee moved to another school', `update people set organization_id = $2 where id = $1`, [menteesA[1], s1b.id]],
      // The personal-data consent kept by another school (the person moved there) still counts.
      ['a personal consent moved to another school', `update consents set organization_id = $2 where pair_id is null and person_id = $1`, [menteesA[1], s1b.id]],
      ['and withdrawn there', `update consents set status = 'withdrawn', closed_on = '2026-11-01' where pair_id is null and person_id = $1`, [menteesA[1]]],
      ['the pair terminated', `update mentor_pairs set status = 'terminated' where id = $1`, [pairB]],
      ['and active again', `update mentor_pairs set status = 'active' where id = $1`, [pairB]],
      ['the pair moved to another school', `update mentor_pairs set organization_id = $2 where id = $1`, [pairB, s2.id]],
      ['a pair-bound consent given for another pair', `update consents set pair_id = $2 where pair_id = $1 and kind = 'additional_agreement'`, [pairA, pairB]],
      ['a pair deleted with its mentees and consents', `delete from mentor_pairs where id = $1`, [pairB]],
      ['a mentee out of the bank, still in a pair', `delete from mentee_profiles where person_id = $1`, [menteesA[0]]],
      ['a mentor out of the bank', `delete from mentor_profiles where organization_id = $1 and person_id <> (select mentor_id from mentor_pairs where id = $2)`, [s1a.id, pairA]],
    ];
    const last = await runSqlSteps(pool, steps, expectExact);
    expect(last[s1a.id]).toBeGreaterThan(0);
    expect(last[s2.id]).toBe(0);
  });

  it('stays exact when two transactions write consents of one school at once', async () => {
    const ids = (await q<{ id: string }>(`select id from consents where pair_id = $1 order by id`, [pairA])).map((r) => r.id);
    expect(ids.length).toBeGreaterThan(1);
    await q(`update consents set status = 'requested', received_on = null where id = any($1)`, [ids]);
    const before = await expectExact('before');
    const [first, second] = [await pool.connect(), await pool.connect()];
    try {
      await first.query('begin');
      await second.query('begin');
      // Neither sees the other's consent: each commit must recompute after the other's.
      await first.query(`update consents set status = 'received', received_on = '2026-10-01' where id = $1`, [ids[0]]);
      await second.query(`update consents set status = 'received', received_on = '2026-10-01' where id = $1`, [ids[1]]);
      await Promise.all([first.query('commit'), second.query('commit')]);
    } finally {
      first.release();
      second.release();
    }
    const after = await expectExact('both committed');
    expect(after[tree.orgs.s1a.id]).toBe(before[tree.orgs.s1a.id]! - 2);
  });
  it('undoes rolled-back work, and recomputes after a truncation', async () => {
    const before = await expectExact('before');
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query(`update consents set status = 'received', received_on = '2026-10-01'`);
      await client.query('savepoint s');
      await client.query(`delete from mentor_pair_mentees`);
      await client.query('rollback to savepoint s');
      await client.query('commit');
      await expectExact('all received');
      await client.query('begin');
      await client.query(`update mentor_pairs set status = 'completed'`);
      await client.query('rollback');
      await expectExact('rolled back');
      await client.query('begin');
      await client.query(`truncate consents`);
      await client.query('commit');
      expect(Object.values(await expectExact('truncated')).reduce((a, b) => a + b, 0)).toBeGreaterThan(Object.values(before).reduce((a, b) => a + b, 0));
    } finally {
      client.release();
    }
  });

});
