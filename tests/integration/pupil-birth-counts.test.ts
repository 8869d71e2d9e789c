// pupil_birth_counts (migration 0022_pupil_birth_counts_triggers) against the pupils it
// counts, through every kind of write; and the indicators' student counts, read through it
// (lib/server/indicators/school-counts.ts), against their definition in the domain
// (countStudentInvolvement) on every day of a year.
import { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@/lib/core/calendar/iso-dates';
import { type CountedPair, type CountedPupil, countStudentInvolvement } from '@/lib/domain/students/indicators';
import { loadSchoolCounts } from '@/lib/server/indicators/school-counts';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { buildTree, type Tree } from '../support/tree';
import { form, pair, pupilMentor, teacherMentor } from './students-monitor-fixtures';

let t: TestDatabase;
let tree: Tree;
let pool: Pool;
const q = async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) => (await pool.query<T>(text, params)).rows;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await buildTree(t.db);
  pool = new Pool({ connectionString: t.url, max: 2 });
});

afterAll(async () => {
  await pool?.end();
  await t?.close();
});

/** The table, and what a plain count of the pupils says it must hold. */
async function tableAndDefinition() {
  const table = await q(`select organization_id, months, since::text, pupils from pupil_birth_counts order by 1, 2, 3`);
  const definition = await q(
    `select p.organization_id, k.months, k.since::text, count(*)::int as pupils from pupils p
     cross join lateral (values (12, date_trunc('year', p.birth_date)::date), (1, date_trunc('month', p.birth_date)::date)) k(months, since)
     group by 1, 2, 3 order by 1, 2, 3`,
  );
  return { table, definition };
}

const insertPupils = (org: string, from: string, to: string, step: number, tag: string) =>
  q(
    `insert into pupils (organization_id, last_name, first_name, middle_name, birth_date, grade, class_letter)
     select $1, $4 || n, 'Имя', 'Отчество', d::date, 5, 'А' from generate_series($2::date, $3::date, make_interval(days => $5)) with ordinality g(d, n)`,
    [org, from, to, tag, step],
  );

describe('pupil_birth_counts', () => {
  it('equals a plain count of the pupils after inserts, birth-date changes, moves between schools, deletes and a rolled-back savepoint', async () => {
    const { s1a, s1b, s2 } = tree.orgs;
    await insertPupils(s1a.id, '2008-01-01', '2019-12-31', 5, 'А');
    await insertPupils(s1b.id, '2009-06-15', '2015-03-31', 7, 'Б');
    expect((await tableAndDefinition()).table.length).toBeGreaterThan(100);
    const check = async () => {
      const { table, definition } = await tableAndDefinition();
      expect(table).toEqual(definition);
    };
    await check();

    // A changed birth date moves a pupil between months and years; a name change moves nothing.
    await q(`update pupils set birth_date = birth_date + 40 where organization_id = $1 and last_name like 'А1%'`, [s1a.id]);
    await q(`update pupils set first_name = 'Другое' where organization_id = $1`, [s1b.id]);
    await check();
    // Moves between schools, one with its birth date changed in the same statement.
    await q(`update pupils set organization_id = $2 where organization_id = $1 and last_name like 'А2%'`, [s1a.id, s2.id]);
    await q(`update pupils set organization_id = $2, birth_date = birth_date - 400 where organization_id = $1 and last_name like 'Б3%'`, [s1b.id, s2.id]);
    await check();
    // Rows move both ways in one statement.
    await q(`update pupils set organization_id = case when organization_id = $1 then $2::uuid else $1::uuid end where organization_id in ($1, $2) and last_name like '%5'`, [
      s1a.id,
      s2.id,
    ]);
    await check();

    // Savepoints: the undone part leaves no trace.
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query(`delete from pupils where organization_id = $1 and last_name like 'А3%'`, [s1a.id]);
      await client.query('savepoint s');
      await client.query(`delete from pupils where organization_id = $1`, [s2.id]);
      await client.query(`insert into pupils (organization_id, last_name, first_name, middle_name, birth_date, grade) values ($1, 'Откат', 'И', 'О', '2012-02-29', 6)`, [s1b.id]);
      await client.query('rollback to savepoint s');
      await client.query('commit');
    } finally {
      client.release();
    }
    await check();

    // A school emptied of pupils leaves no rows, not rows of 0.
    await q(`delete from pupils where organization_id = $1`, [s1b.id]);
    await check();
    expect(await q(`select 1 from pupil_birth_counts where organization_id = $1 or pupils = 0`, [s1b.id])).toEqual([]);
    await q(`delete from pupils`);
    expect(await q(`select * from pupil_birth_counts`)).toEqual([]);
  });

  it('stays exact when two transactions write pupils of one school at once, one of them emptying a month the other fills', async () => {
    const school = tree.orgs.s1b.id;
    await insertPupils(school, '2013-04-10', '2013-04-10', 1, 'Г');
    const [first, second] = [await pool.connect(), await pool.connect()];
    try {
      await first.query('begin');
      await second.query('begin');
      // The first takes April 2013 to 0 (its row goes); the second waits on that row, then adds to it.
      await first.query(`delete from pupils where organization_id = $1`, [school]);
      const waiting = second.query(
        `insert into pupils (organization_id, last_name, first_name, middle_name, birth_date, grade) values ($1, 'Д', 'И', 'О', '2013-04-20', 6), ($1, 'Е', 'И', 'О', '2014-01-01', 6)`,
        [school],
      );
      await first.query(`insert into pupils (organization_id, last_name, first_name, middle_name, birth_date, grade) values ($1, 'Ж', 'И', 'О', '2014-01-02', 6)`, [school]);
      await first.query('commit');
      await waiting;
      await second.query('commit');
    } finally {
      first.release();
      second.release();
    }
    const { table, definition } = await tableAndDefinition();
    expect(table).toEqual(definition);
    expect(table.filter((r) => r.organization_id === school)).toEqual([
      { organization_id: school, months: 1, since: '2013-04-01', pupils: 1 },
      { organization_id: school, months: 1, since: '2014-01-01', pupils: 2 },
      { organization_id: school, months: 12, since: '2013-01-01', pupils: 1 },
      { organization_id: school, months: 12, since: '2014-01-01', pupils: 2 },
    ]);
    await q(`delete from pupils`);
  });

  it('refuses to go out of step: a count below zero is an error, not a silent wrong figure', async () => {
    await insertPupils(tree.orgs.s1a.id, '2012-03-03', '2012-03-03', 1, 'В');
    await q(`delete from pupil_birth_counts where organization_id = $1`, [tree.orgs.s1a.id]);
    await expect(q(`delete from pupils where organization_id = $1`, [tree.orgs.s1a.id])).rejects.toThrow(/out of step/);
    await q(`insert into pupil_birth_counts select organization_id, 12, '2012-01-01', 1 from pupils`);
    await q(`insert into pupil_birth_counts select organization_id, 1, '2012-03-01', 1 from pupils`);
    await q(`delete from pupils`);
    expect(await q(`select * from pupil_birth_counts`)).toEqual([]);
  });
});

describe('student counts read through pupil_birth_counts', () => {
  it('agree with countStudentInvolvement for every school on every day of 2026 and on 29 February', async () => {
    const { s1a, s1b, s2 } = tree.orgs;
    // A pupil born on every day from 2005 to 2017, spread over the three schools: each cut-off
    // of each date has pupils born on it, the day before and the day after.
    await q(
      `insert into pupils (organization_id, last_name, first_name, middle_name, birth_date, grade)
       select (array[$1, $2, $3]::uuid[])[1 + n % 3], 'Ученик' || n, 'Имя', 'Отчество', d::date, 5
       from generate_series('2005-11-25'::date, '2017-01-05'::date, interval '1 day') with ordinality g(d, n)`,
      [s1a.id, s1b.id, s2.id],
    );
    const all = await q<{ id: string; org: string; birth: string }>(`select id, organization_id as org, birth_date::text as birth from pupils order by birth_date`);
    const pick = (org: string, birth: string) => all.find((p) => p.org === org && p.birth >= birth)!.id;

    // Pairs of every status and span, mentees and pupil mentors of every age, one child in two pairs.
    const peer = await form(t.db, s1a.id, 'ученик – ученик');
    const teacher = await teacherMentor(t.db, s1a.id, tree.people.s1a[0]!);
    const mentorOld = await pupilMentor(t.db, s1a.id, pick(s1a.id, '2008-02-29'));
    const mentor15 = await pupilMentor(t.db, s1a.id, pick(s1a.id, '2011-06-01'));
    const pairs: { org: string; id: string; mentorPupil: string | null; mentees: string[]; status: 'active' | 'completed' | 'terminated' | 'forming'; start: string; end: string; endedOn: string | null }[] = [];
    const addPair = async (mentorId: string, mentorPupil: string | null, mentees: string[], status: (typeof pairs)[number]['status'], start: string, end: string, endedOn: string | null) => {
      const id = await pair(t.db, s1a.id, { mentorId, formId: peer, mentees, status, startDate: start, endDate: end, endedOn });
      pairs.push({ org: s1a.id, id, mentorPupil, mentees, status, start, end, endedOn });
    };
    await addPair(mentor15, pick(s1a.id, '2011-06-01'), [pick(s1a.id, '2016-03-01'), pick(s1a.id, '2014-05-05')], 'active', '2026-02-01', '2026-11-30', null);
    await addPair(mentorOld, pick(s1a.id, '2008-02-29'), [pick(s1a.id, '2014-05-05'), pick(s1a.id, '2006-07-07')], 'terminated', '2026-01-10', '2026-12-31', '2026-06-15');
    await addPair(teacher, null, [pick(s1a.id, '2012-12-12')], 'completed', '2026-03-01', '2026-12-31', '2026-10-01');
    await addPair(teacher, null, [pick(s1a.id, '2013-01-01')], 'forming', '2026-01-01', '2026-12-31', null);

    const byOrg = (org: string) => all.filter((p) => p.org === org).map<CountedPupil>((p) => ({ id: p.id, birthDate: p.birth }));
    const counted = (org: string) =>
      pairs
        .filter((p) => p.org === org)
        .map<CountedPair>((p) => ({
          ...{ status: p.status, startDate: p.start, endDate: p.end, endedOn: p.endedOn },
          ...{ mentorPupilId: p.mentorPupil, menteePupilIds: p.mentees },
        }));
    const dates = ['2024-02-29', '2028-02-29', '2027-02-28', '2027-03-01'];
    for (let d = '2026-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) dates.push(d);
    const wrong: string[] = [];
    let involved = 0;
    for (const on of dates) {
      const rows = await loadSchoolCounts(t.db, tree.scopes.region, tree.orgs.region.path, on, ['students']);
      for (const org of [s1a.id, s1b.id, s2.id]) {
        const c = rows.find((r) => r.id === org)!.counts;
        const got = { pupils10to19: c.pupils10to19, studentMentees: c.studentMentees, pupils15to19: c.pupils15to19, studentMentors: c.studentMentors };
        const want = countStudentInvolvement(byOrg(org), counted(org), on);
        involved += want.studentMentees + want.studentMentors;
        if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${on} ${org}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
      }
    }
    expect(wrong).toEqual([]);
    // The comparison covered children in pairs, not only the denominators.
    expect(involved).toBeGreaterThan(500);
  });
});
