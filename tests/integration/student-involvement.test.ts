// student_involvement (migration 0027_kept_counts) against its definition in the domain: per
// pair whose order was issued (WORKED_STATUSES), its pupil mentees and pupil mentor, from the
// pair's start to its lastWorkingDay, at the pupil's school with their birth date. Checked after
// every kind of write it depends on, made directly in SQL, with rolled-back work.
import { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PairStatus } from '@/lib/domain/mentoring/vocabulary';
import { lastWorkingDay, WORKED_STATUSES } from '@/lib/domain/students/indicators';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { runSqlSteps, type SqlStep } from '../support/sql-steps';
import { buildTree, type Tree } from '../support/tree';
import { form, pair, pupil, pupilMentor, teacherMentor } from './students-monitor-fixtures';

let t: TestDatabase;
let tree: Tree;
let pool: Pool;
const q = async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) => (await pool.query<T>(text, params)).rows;

type Row = { pair_id: string; as_mentor: boolean; pupil_id: string; organization_id: string; birth_date: string; from_date: string; to_date: string };
const key = (r: Row) => `${r.pair_id}:${r.as_mentor}:${r.pupil_id}`;
const sorted = (rows: Row[]) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));

/** The rows the domain says the table must hold, from the pairs, members and pupils themselves. */
async function definition(): Promise<Row[]> {
  const pairs = await q<{ id: string; status: PairStatus; start_date: string; end_date: string; ended_on: string | null; mentor_pupil: string | null }>(
    `select pr.id, pr.status, pr.start_date::text, pr.end_date::text, pr.ended_on::text, sm.pupil_id as mentor_pupil
     from student_pairs pr join student_mentors sm on sm.id = pr.mentor_id`,
  );
  const mentees = await q<{ pair_id: string; pupil_id: string }>(`select pair_id, pupil_id from student_pair_mentees`);
  const pupils = new Map(
    (await q<{ id: string; org: string; birth: string }>(`select id, organization_id as org, birth_date::text as birth from pupils`)).map((p) => [p.id, p]),
  );
  const rows: Row[] = [];
  for (const p of pairs) {
    if (!(WORKED_STATUSES as readonly string[]).includes(p.status)) continue;
    const span = { status: p.status, startDate: p.start_date, endDate: p.end_date, endedOn: p.ended_on };
    const last = lastWorkingDay(span);
    if (last < p.start_date) continue;
    const members = [
      ...mentees.filter((m) => m.pair_id === p.id).map((m) => [m.pupil_id, false] as const),
      ...(p.mentor_pupil ? [[p.mentor_pupil, true] as const] : []),
    ];
    for (const [id, asMentor] of members) {
      const u = pupils.get(id)!;
      rows.push({ pair_id: p.id, as_mentor: asMentor, pupil_id: id, organization_id: u.org, birth_date: u.birth, from_date: p.start_date, to_date: last });
    }
  }
  return sorted(rows);
}

const table = async () =>
  sorted(
    await q<Row>(
      `select pair_id, as_mentor, pupil_id, organization_id, birth_date::text, from_date::text, to_date::text from student_involvement`,
    ),
  );

async function expectExact(label: string) {
  const want = await definition();
  expect(await table(), label).toEqual(want);
  return want.length;
}

let pairA: string;
let pairB: string;
let kids: string[];
let mentorKid: string;
let mentorKid2: string;
let otherKid: string;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  pool = new Pool({ connectionString: t.url, max: 3 });
  const { s1a } = tree.orgs;
  kids = [await pupil(t.db, s1a.id, 'Абаев', '2014-03-01'), await pupil(t.db, s1a.id, 'Белов', '2013-07-15'), await pupil(t.db, s1a.id, 'Витин', '2012-01-20')];
  mentorKid = await pupil(t.db, s1a.id, 'Гришин', '2010-05-05', 10);
  mentorKid2 = await pupil(t.db, s1a.id, 'Данилов', '2009-11-11', 11);
  otherKid = await pupil(t.db, s1a.id, 'Ершов', '2010-02-02', 10);
  const peer = await form(t.db, s1a.id, 'ученик – ученик');
  pairA = await pair(t.db, s1a.id, { mentorId: await pupilMentor(t.db, s1a.id, mentorKid), formId: peer, mentees: [kids[0]!, kids[1]!], status: 'forming' });
  pairB = await pair(t.db, s1a.id, { mentorId: await teacherMentor(t.db, s1a.id, tree.people.s1a[0]!), formId: peer, mentees: [kids[1]!, kids[2]!] });
  await pupilMentor(t.db, s1a.id, mentorKid2);
});

afterAll(async () => {
  await pool?.end();
  await t?.close();
});

describe('student_involvement', () => {
  it('equals the definition after each kind of write made directly in SQL', async () => {
    const { s1b, s2 } = tree.orgs;
    const mentor2 = (await q<{ id: string }>(`select id from student_mentors where pupil_id = $1`, [mentorKid2]))[0]!.id;
    // The teacher's pair holds two rows from the start; the forming pair none.
    expect(await expectExact('start')).toBe(2);
    const steps: SqlStep[] = [
      ['the order issued: forming to active', `update student_pairs set status = 'active' where id = $1`, [pairA]],
      ['a goal written (no bearing)', `update student_pairs set goals = 'подготовка к олимпиаде' where id = $1`, [pairA]],
      ['completed early', `update student_pairs set status = 'completed', ended_on = '2027-03-01' where id = $1`, [pairA]],
      ['terminated instead', `update student_pairs set status = 'terminated', ended_on = '2027-02-01' where id = $1`, [pairA]],
      ['terminated on its first day', `update student_pairs set ended_on = start_date where id = $1`, [pairA]],
      ['and later', `update student_pairs set ended_on = '2026-12-15' where id = $1`, [pairA]],
      ['the dates moved', `update student_pairs set start_date = '2026-10-01', end_date = '2027-06-30' where id = $1`, [pairB]],
      ['a mentee joins', `insert into student_pair_mentees (pair_id, pupil_id) values ($1, $2)`, [pairA, kids[2]]],
      ['a mentee leaves', `delete from student_pair_mentees where pair_id = $1 and pupil_id = $2`, [pairB, kids[1]]],
      ['a birth date corrected', `update pupils set birth_date = '2014-04-02' where id = $1`, [kids[0]]],
      ['a class changed (no bearing)', `update pupils set grade = 8 where id = $1`, [kids[0]]],
      ['a pupil moved to another school', `update pupils set organization_id = $2 where id = $1`, [kids[2], s1b.id]],
      ['the mentor of a pupil changed to another pupil', `update student_pairs set mentor_id = $2 where id = $1`, [pairA, mentor2]],
      ['the pupil mentor is another pupil', `update student_mentors set pupil_id = $2 where id = $1`, [mentor2, otherKid]],
      ['the pair moved to another school (no bearing: a pupil counts at their own)', `update student_pairs set organization_id = $2 where id = $1`, [pairB, s2.id]],
      ['back to forming', `update student_pairs set status = 'forming', ended_on = null where id = $1`, [pairA]],
      ['a pair deleted with its mentees', `delete from student_pairs where id = $1`, [pairB]],
    ];
    // Each step checked against the definition, and the rows compared with the step before.
    await runSqlSteps(pool, steps, (label) => expectExact(label).then(table), { othersChange: true });
  });

  it('undoes rolled-back work', async () => {
    await q(`update student_pairs set status = 'active', ended_on = null where id = $1`, [pairA]);
    const before = await expectExact('active again');
    expect(before).toBeGreaterThan(0);
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query(`update student_pairs set status = 'completed', ended_on = '2026-11-01'`);
      await client.query('savepoint s');
      await client.query(`delete from student_pair_mentees`);
      await client.query('rollback to savepoint s');
      await client.query('commit');
      await expectExact('completed, the deletion rolled back');
      await client.query('begin');
      await client.query(`update pupils set birth_date = birth_date - 400`);
      await client.query('rollback');
      await expectExact('rolled back');
    } finally {
      client.release();
    }
  });
});
