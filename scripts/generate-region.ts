// Generates a large region for benchmarks: districts × schools × staff with banks of
// mentors and mentees, pairs in every status, consents, head and curator accounts, a few
// issued documents per school (rows with one small precomputed DOCX and PDF, not rendered
// each time) and a monitoring campaign half answered. Rows go in through multi-row
// `insert … select from unnest($1::type[], …)`, thousands per statement.
//   npx tsx scripts/generate-region.ts [DATABASE_URL] [districts] [schools] [staff]
// Without a URL (argument or DATABASE_URL) it runs on a throwaway embedded PostgreSQL and
// only reports how long it took.
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Pool, PoolClient } from 'pg';
import { connect } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { addDays } from '@/lib/core/calendar/iso-dates';
import { renderDocx, renderPdf } from '@/lib/documents/render';
import { classifyStaff } from '@/lib/domain/indicators/age';
import { emptyCounts, sumCounts, type UnitCounts } from '@/lib/domain/indicators/compute';
import { studentAgeCutoffs } from '@/lib/domain/students/indicators';
import { hashPassword } from '@/lib/server/auth/password';
import { mentorListOrder } from '@/templates/mentor-list-order';
import { pairOrder } from '@/templates/pair-order';
import type { TemplateName } from '@/templates/registry';
import { schoolIntroOrder } from '@/templates/school-intro-order';
import { schoolRegulation } from '@/templates/school-regulation';
import { schoolRoadmap } from '@/templates/school-roadmap';
import { givenOrThrowaway, urlAndSizes } from './database';

export interface GenerateOptions {
  districts: number;
  schools: number;
  staff: number;
  log?: (line: string) => void;
}

export interface GeneratedRegion {
  regionId: string;
  operatorUserId: string;
  districtIds: string[];
  coordinatorUserIds: string[];
  /** What the generator inserted, counted as the indicators define it, on `today`. */
  expected: UnitCounts;
  today: string;
  rows: number;
  ms: number;
}

// Shared with scripts/generate-country.ts, whose regions are made as this one.
export const LAST = ['Иванова', 'Петрова', 'Смирнова', 'Кузнецова', 'Попова', 'Васильева', 'Соколова', 'Михайлова', 'Новикова', 'Фёдорова', 'Морозова', 'Волкова'];
export const FIRST = ['Анна', 'Мария', 'Елена', 'Ольга', 'Наталья', 'Ирина', 'Светлана', 'Татьяна', 'Юлия', 'Алёна'];
export const MIDDLE = ['Ивановна', 'Петровна', 'Сергеевна', 'Алексеевна', 'Андреевна', 'Викторовна', 'Николаевна'];
export const POSITIONS = ['учитель математики', 'учитель русского языка и литературы', 'учитель начальных классов', 'учитель истории', 'учитель физики', 'педагог-психолог'];

/** mulberry32: the same region on every run. */
export function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Column = [name: string, type: string];
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
type Table = { name: string; columns: Column[]; rows: unknown[][] };
const table = (name: string, columns: Column[]): Table => ({ name, columns, rows: [] });

/** One statement per `chunk` rows: each column travels as one array parameter. */
async function flush(client: PoolClient, t: Table, extra: { columns: Column[]; values: unknown[] } = { columns: [], values: [] }, chunk = 20_000) {
  const n = t.columns.length;
  const names = [...t.columns, ...extra.columns].map((c) => c[0]).join(', ');
  const unnest = t.columns.map((c, i) => `$${i + 1}::${c[1]}[]`).join(', ');
  const constants = extra.columns.map((c, i) => `, $${n + i + 1}::${c[1]}`).join('');
  for (let i = 0; i < t.rows.length; i += chunk) {
    const part = t.rows.slice(i, i + chunk);
    const arrays = t.columns.map((_, c) => part.map((r) => r[c]));
    await client.query(`insert into ${t.name} (${names}) select *${constants} from unnest(${unnest})`, [...arrays, ...extra.values]);
  }
  return t.rows.length;
}

export async function generateRegion(pool: Pool, opts: GenerateOptions): Promise<GeneratedRegion> {
  // The banks and pairs below use staff numbers 1–24.
  if (opts.staff < 25) throw new Error('staff must be at least 25');
  const started = performance.now();
  const log = opts.log ?? (() => {});
  const rnd = prng(20261215);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const tag = randomBytes(3).toString('hex');
  const today = new Date().toLocaleDateString('sv-SE');
  const year = Number(today.slice(0, 4));
  const date = (from: number, to: number) => addDays(`${from}-01-01`, Math.floor(rnd() * (to - from + 1) * 365));
  const passwordHash = await hashPassword(`bench-${tag}`);
  const sample = { title: 'Приказ', blocks: [{ kind: 'paragraph' as const, runs: ['Сгенерированный документ нагрузочного теста.'] }] };
  const [docx, pdf] = await Promise.all([renderDocx(sample), renderPdf(sample)]);

  const orgs = table('organizations', [['id', 'uuid'], ['kind', 'org_kind'], ['parent_id', 'uuid'], ['path', 'text'], ['full_name', 'text'], ['short_name', 'text'], ['city', 'text'], ['head_position', 'text'], ['head_last_name', 'text'], ['head_first_name', 'text'], ['head_middle_name', 'text'], ['order_suffix', 'text']]);
  const people = table('people', [['id', 'uuid'], ['organization_id', 'uuid'], ['last_name', 'text'], ['first_name', 'text'], ['middle_name', 'text'], ['position', 'text'], ['personal_data_consent', 'bool'], ['personal_data_consent_date', 'date'], ['birth_date', 'date'], ['pedagogical_start', 'date']]);
  const users = table('users', [['id', 'uuid'], ['email', 'text'], ['role', 'role'], ['organization_id', 'uuid'], ['person_id', 'uuid'], ['full_name', 'text']]);
  const mentors = table('mentor_profiles', [['person_id', 'uuid'], ['organization_id', 'uuid'], ['capacity', 'int']]);
  const mentees = table('mentee_profiles', [['person_id', 'uuid'], ['organization_id', 'uuid'], ['category', 'mentee_category']]);
  const pairs = table('mentor_pairs', [['id', 'uuid'], ['organization_id', 'uuid'], ['mentor_id', 'uuid'], ['form', 'text'], ['kind', 'text'], ['start_date', 'date'], ['end_date', 'date'], ['status', 'pair_status']]);
  const pairMentees = table('mentor_pair_mentees', [['pair_id', 'uuid'], ['person_id', 'uuid']]);
  const consents = table('consents', [['organization_id', 'uuid'], ['person_id', 'uuid'], ['pair_id', 'uuid'], ['kind', 'consent_kind'], ['status', 'consent_status'], ['received_on', 'date']]);
  const docs = table('documents', [['id', 'uuid'], ['organization_id', 'uuid'], ['template', 'text'], ['title', 'text'], ['parent_id', 'uuid'], ['annex_no', 'int'], ['year', 'int'], ['sequence', 'int'], ['number', 'text'], ['issue_date', 'date']]);
  const counters = table('document_counters', [['organization_id', 'uuid'], ['year', 'int'], ['last', 'int']]);
  const pupils = table('pupils', [['organization_id', 'uuid'], ['last_name', 'text'], ['first_name', 'text'], ['middle_name', 'text'], ['birth_date', 'date'], ['grade', 'int'], ['class_letter', 'text']]);
  const submissions = table('monitoring_submissions', [['campaign_id', 'uuid'], ['organization_id', 'uuid'], ['figures', 'jsonb']]);

  const org = (kind: string, parent: { id: string; path: string } | null, fullName: string, shortName: string) => {
    const id = crypto.randomUUID();
    const p = `${parent?.path ?? '/'}${id}/`;
    orgs.rows.push([id, kind, parent?.id ?? null, p, fullName, shortName, 'г. Энск', 'Директор', pick(LAST), pick(FIRST), pick(MIDDLE), kind === 'school' ? '-од' : '-д']);
    return { id, path: p };
  };
  const region = org('region', null, `Нагрузочный регион ${tag}`, `Нагрузочный регион ${tag}`);
  const operatorUserId = crypto.randomUUID();
  users.rows.push([operatorUserId, `operator-${tag}@region.bench`, 'region_operator', region.id, null, 'Оператор региона']);
  const campaignId = crypto.randomUUID();
  const districtIds: string[] = [];
  const coordinatorUserIds: string[] = [];
  const expected: UnitCounts[] = [];

  for (let d = 1; d <= opts.districts; d++) {
    const district = org('municipality', region, `Управление образования Администрации района № ${d}`, `Район № ${String(d).padStart(2, '0')}`);
    districtIds.push(district.id);
    const coordinator = crypto.randomUUID();
    coordinatorUserIds.push(coordinator);
    users.rows.push([coordinator, `district-${d}-${tag}@region.bench`, 'district_coordinator', district.id, null, `Координатор района № ${d}`]);
    for (let s = 1; s <= opts.schools; s++) {
      const school = org('school', district, `Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № ${s}» района № ${d}`, `МБОУ «СОШ № ${s}» р-на ${d}`);
      const c: UnitCounts = { ...emptyCounts(), schools: 1 };
      const staff: string[] = [];
      const kinds = new Map<string, ReturnType<typeof classifyStaff>>();
      for (let i = 0; i < opts.staff; i++) {
        const id = crypto.randomUUID();
        staff.push(id);
        // The last sixth gave no consent to personal data processing and has no dates on record.
        const consent = i < opts.staff - Math.ceil(opts.staff / 6);
        const young = i >= 13 && i < 28;
        const birthDate = consent ? (young ? date(year - 31, year - 23) : date(year - 62, year - 36)) : null;
        const start = consent ? (young ? addDays(today, -Math.floor(rnd() * 1090)) : date(year - 35, year - 6)) : null;
        people.rows.push([id, school.id, pick(LAST), pick(FIRST), pick(MIDDLE), i === 0 ? 'директор' : pick(POSITIONS), consent, consent ? `${year}-09-01` : null, birthDate, start]);
        const k = classifyStaff({ birthDate, pedagogicalStart: start }, today);
        kinds.set(id, k);
        c.staff += 1;
        if (k === 'unknown') c.staffWithoutData += 1;
        if (k === 'young') c.youngTeachers += 1;
      }
      users.rows.push([crypto.randomUUID(), `head-${d}-${s}-${tag}@region.bench`, 'school_head', school.id, staff[0], `Руководитель школы ${s}`]);
      if (rnd() < 0.7) users.rows.push([crypto.randomUUID(), `curator-${d}-${s}-${tag}@region.bench`, 'curator', school.id, staff[1], `Куратор школы ${s}`]);

      // Banks: 10 mentors, 12 mentees among the young; pairs mentor k → mentee k, the last a group of two,
      // and the first mentee also in a completed pair of a year before (a teacher in two pairs).
      const mentorIds = staff.slice(1, 11);
      const menteeIds = staff.slice(13, 25);
      mentorIds.forEach((p) => mentors.rows.push([p, school.id, 2]));
      menteeIds.forEach((p) => mentees.rows.push([p, school.id, 'young_specialist']));
      c.mentors = mentorIds.length;
      c.mentees = menteeIds.length;
      const covered = new Set<string>();
      const personal = new Set<string>();
      const addPair = (mentor: string, list: string[], status: 'forming' | 'active' | 'completed' | 'terminated') => {
        const id = crypto.randomUUID();
        pairs.rows.push([id, school.id, mentor, 'педагог – педагог', list.length > 1 ? 'групповое' : 'индивидуальное', `${year}-09-01`, `${year + 1}-05-31`, status]);
        list.forEach((p) => pairMentees.rows.push([id, p]));
        c[status === 'forming' ? 'pairsForming' : status === 'active' ? 'pairsActive' : status === 'completed' ? 'pairsCompleted' : 'pairsTerminated'] += 1;
        if (status !== 'terminated') list.forEach((p) => covered.add(p));
        if (status !== 'forming' && status !== 'active') return;
        const consent = (person: string, kind: string, pairId: string | null) => {
          const r = rnd();
          const state = r < 0.85 ? 'received' : r < 0.95 ? 'requested' : 'withdrawn';
          consents.rows.push([school.id, person, pairId, kind, state, state === 'received' ? `${year}-09-01` : null]);
          if (state !== 'received') c.consentsOutstanding += 1;
        };
        consent(mentor, 'mentor_duties', id);
        consent(mentor, 'additional_agreement', id);
        list.forEach((p) => consent(p, 'mentee_participation', id));
        for (const p of [mentor, ...list]) {
          if (personal.has(p)) continue;
          personal.add(p);
          consent(p, 'personal_data', null);
        }
      };
      const statusOf = () => {
        const r = rnd();
        return r < 0.15 ? 'forming' : r < 0.75 ? 'active' : r < 0.9 ? 'completed' : 'terminated';
      };
      for (let k = 0; k < 9; k++) addPair(mentorIds[k]!, [menteeIds[k]!], statusOf());
      addPair(mentorIds[9]!, [menteeIds[9]!, menteeIds[10]!], statusOf());
      addPair(mentorIds[2]!, [menteeIds[0]!], 'completed');
      c.youngCovered = [...covered].filter((p) => kinds.get(p) === 'young').length;

      // Pupils of the student model: 300–800 a school in classes 1–11 of one to three letters,
      // born in the school year their grade implies (a first-grader of September 2026: 09.2018–08.2019).
      const schoolYear = Number(today.slice(5, 7)) >= 9 ? year : year - 1;
      const pupilAge = studentAgeCutoffs(today);
      const perClass = 25;
      const classes = Math.round((300 + rnd() * 500) / perClass);
      for (let k = 0; k < classes; k++) {
        const grade = (k % 11) + 1;
        const letter = 'АБВ'[Math.floor(k / 11)] ?? 'Г';
        for (let i = 0; i < perClass; i++) {
          const birthDate = addDays(`${schoolYear - 6 - grade}-08-31`, -Math.floor(rnd() * 365));
          pupils.rows.push([school.id, pick(LAST), pick(FIRST), pick(MIDDLE), birthDate, grade, letter]);
          // ISO dates compare as strings.
          if (birthDate > pupilAge.bornAfter) {
            if (birthDate <= pupilAge.menteeBornBy) c.pupils10to19 += 1;
            if (birthDate <= pupilAge.mentorBornBy) c.pupils15to19 += 1;
          }
        }
      }

      // Documents: the introduction order with its положение and roadmap in most schools, the
      // order approving the list of mentors and the pair order in fewer.
      let sequence = 0;
      const issue = (template: TemplateName, title: string, annexes: [TemplateName, string][] = []) => {
        const id = crypto.randomUUID();
        sequence += 1;
        const number = `${sequence}-од`;
        docs.rows.push([id, school.id, template, title, null, null, year, sequence, number, `${year}-09-0${sequence}`]);
        annexes.forEach(([t, ti], i) => docs.rows.push([crypto.randomUUID(), school.id, t, ti, id, i + 1, null, null, number, `${year}-09-0${sequence}`]));
      };
      if (rnd() < 0.8) {
        issue(schoolIntroOrder.name, schoolIntroOrder.title, [[schoolRegulation.name, schoolRegulation.title], [schoolRoadmap.name, schoolRoadmap.title]]);
        c.schoolsImplementing = 1;
        c.schoolsWithRegulation = 1;
      }
      if (rnd() < 0.5) issue(mentorListOrder.name, mentorListOrder.title);
      if (rnd() < 0.4) issue(pairOrder.name, pairOrder.title);
      if (sequence > 0) counters.rows.push([school.id, year, sequence]);
      if (rnd() < 0.5) submissions.rows.push([campaignId, school.id, JSON.stringify({ referenceDate: today, counts: c })]);
      expected.push(c);
    }
  }

  const client = await pool.connect();
  let rows = 0;
  try {
    await client.query('begin');
    await client.query('set local synchronous_commit = off');
    for (const t of [orgs, people]) rows += await flush(client, t);
    rows += await flush(client, users, { columns: [['password_hash', 'text']], values: [passwordHash] });
    for (const t of [mentors, mentees, pairs, pairMentees, consents, pupils]) rows += await flush(client, t);
    // The same small files for every document: passed once per statement, not once per row.
    const files: Column[] = [['status', 'document_status'], ['data', 'jsonb'], ['docx', 'bytea'], ['pdf', 'bytea'], ['docx_sha256', 'text'], ['pdf_sha256', 'text']];
    rows += await flush(client, docs, { columns: files, values: ['issued', '{}', docx, pdf, sha256(docx), sha256(pdf)] }, 5_000);
    rows += await flush(client, counters);
    await client.query(`insert into monitoring_campaigns (id, organization_id, title, starts_on, deadline) values ($1, $2, $3, $4, $5)`, [
      campaignId,
      region.id,
      'Мониторинг внедрения системы наставничества педагогических работников',
      addDays(today, -5),
      addDays(today, 10),
    ]);
    rows += 1 + (await flush(client, submissions));
    await client.query('commit');
  } catch (e) {
    await client.query('rollback');
    throw e;
  } finally {
    client.release();
  }
  log(`inserted ${rows} rows in ${((performance.now() - started) / 1000).toFixed(1)} s; analyzing`);
  // As the country generator: vacuumed and analyzed as autovacuum would after so many inserts,
  // so that index-only scans skip the rows' pages.
  await pool.query('vacuum (analyze)');
  return { regionId: region.id, operatorUserId, districtIds, coordinatorUserIds, expected: sumCounts(expected), today, rows, ms: performance.now() - started };
}

/**
 * A generator's command: runs `fill` on the migrated database at `url`, or else, announced by
 * `throwawayNotice`, on a throwaway embedded PostgreSQL that is removed afterwards.
 */
export async function generateInto(url: string | undefined, name: string, throwawayNotice: string, fill: (pool: Pool) => Promise<void>): Promise<void> {
  const { url: target, stop } = await givenOrThrowaway(url, name);
  if (!url) console.log(throwawayNotice);
  const { db, pool } = connect(target, 4);
  // The throwaway server's shutdown may reach a connection the pool is still closing.
  pool.on('error', () => {});
  try {
    await runMigrations(db);
    await fill(pool);
  } finally {
    await pool.end();
    await stop();
  }
}

async function main() {
  const {
    url,
    sizes: [districts, schools, staff],
  } = urlAndSizes(process.argv.slice(2), [50, 40, 60]);
  await generateInto(url, 'region', 'DATABASE_URL не задан: регион создаётся во временной встроенной базе и удаляется после замера.', async (pool) => {
    const r = await generateRegion(pool, { districts, schools, staff, log: console.log });
    console.log(`${districts} муниципалитетов × ${schools} школ × ${staff} сотрудников: ${r.rows} строк за ${(r.ms / 1000).toFixed(1)} с (вместе с ANALYZE).`);
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
