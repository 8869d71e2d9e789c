// Generates a country for benchmarks: 85 regions of varying size (≈ 40,000 schools, ≈ 2.4
// million staff by default), the first the largest (50 districts × 40 schools, the size of
// scripts/generate-region.ts's region). Each school as generate-region makes it: staff with
// banks of mentors and mentees, pairs in every status, the consents of the live ones, head and
// curator accounts, issued documents (one small precomputed DOCX and PDF for all), pupils in
// classes, a few student pairs, and half the schools answering the region's monitoring.
//
// At this volume rows are made by PostgreSQL itself: one `insert … select` over the region's
// schools × generate_series per table, a transaction per region. Everything is a function of
// the seed: a region's plan (statuses, consents, documents, classes) comes from a PRNG seeded
// with the region's number, ids are a bijection of (table, region, row number), and names and
// dates are integer hashes of the row's number — so a region comes out the same whether it is
// generated alone (`only`) or with the country, and the same on every run of the same day.
//   npx tsx scripts/generate-country.ts [DATABASE_URL] [regions] [schools] [staff]
// Without a URL (argument or DATABASE_URL) it runs on a throwaway embedded PostgreSQL and
// only reports how long it took.
import { createHash } from 'node:crypto';
import path from 'node:path';
import JSZip from 'jszip';
import PDFDocument from 'pdfkit';
import type { Pool, PoolClient } from 'pg';
import { COUNT_KEYS, emptyCounts, sumCounts, type UnitCounts } from '@/lib/domain/indicators/compute';
import { studentAgeCutoffs } from '@/lib/domain/students/indicators';
import { DEFAULT_STUDENT_FORMS } from '@/lib/domain/students/vocabulary';
import { hashPassword } from '@/lib/server/auth/password';
import { mentorListOrder } from '@/templates/mentor-list-order';
import { pairOrder } from '@/templates/pair-order';
import { schoolIntroOrder } from '@/templates/school-intro-order';
import { schoolRegulation } from '@/templates/school-regulation';
import { schoolRoadmap } from '@/templates/school-roadmap';
import { urlAndSizes } from './database';
import { FIRST, generateInto, LAST, MIDDLE, POSITIONS, prng } from './generate-region';

export interface RegionSize {
  districts: number;
  /** Schools of each district. */
  schools: number;
  /** Pupils of a school: classes drawn in [min, max], `perClass` each. */
  classes: [min: number, max: number];
  perClass: number;
}

export interface CountryOptions {
  regions: RegionSize[];
  /** Staff of every school (30–100: the banks and pairs use staff numbers 1–28). */
  staff: number;
  /** Generate only these region numbers (indexes into `regions`): the same rows as in the whole country. */
  only?: number[];
  /** Regions generated side by side, each on its own connection. */
  concurrency?: number;
  log?: (line: string) => void;
}

export interface GeneratedCountryRegion {
  no: number;
  regionId: string;
  operatorUserId: string;
  districtIds: string[];
  coordinatorUserIds: string[];
  schools: number;
  /** What the generator inserted, counted as the indicators define it, on `today`. */
  expected: UnitCounts;
}

export interface GeneratedCountry {
  regions: GeneratedCountryRegion[];
  today: string;
  /** Rows inserted per table. */
  rows: Record<string, number>;
  ms: number;
}

const SEED = 20261215;
const LARGEST: RegionSize = { districts: 50, schools: 40, classes: [12, 32], perClass: 25 };

/**
 * The country of the issue: the largest region first (2,000 schools, pupils as
 * generate-region makes them), then `regions - 1` regions sharing the other schools with
 * weights from 0.3 to 1.7 and districts of 10 to 30 schools. Outside the largest region a
 * school has 11–16 classes of 10 pupils, which keeps 40,000 schools' pupils to a few million.
 */
export function countrySizes(regions = 85, schools = 40_000): RegionSize[] {
  const rnd = prng(SEED);
  const largest = Math.min(LARGEST.districts * LARGEST.schools, Math.floor(schools / 2));
  const first: RegionSize = largest === 2000 ? LARGEST : { ...LARGEST, districts: Math.max(1, Math.round(largest / 40)), schools: 40 };
  const rest = schools - first.districts * first.schools;
  const weights = Array.from({ length: regions - 1 }, () => 0.3 + rnd() * 1.4);
  const total = weights.reduce((a, b) => a + b, 0);
  return [
    first,
    ...weights.map((w) => {
      const n = Math.max(1, Math.round((rest * w) / total));
      const perDistrict = 10 + Math.floor(rnd() * 21);
      const districts = Math.max(1, Math.round(n / perDistrict));
      return { districts, schools: Math.max(1, Math.round(n / districts)), classes: [11, 16] as [number, number], perClass: 10 };
    }),
  ];
}

// Multiplicative hashing, the same in both languages: for 0 ≤ x < 2^31, the top 24 bits of
// x · 2654435761 mod 2^32. Consecutive x give well spread values.
const hash = (x: number) => (Math.imul(x, 0x9e3779b1) >>> 0) >>> 8;
const sqlHash = (x: string) => `((((${x})::bigint * 2654435761) % 4294967296) >> 8)`;
/** The row number a per-row hash is taken of: unique per region, school and row. */
const rowKey = (r: number, school: number, row: number) => (r * 2_097_152 + school * 1024 + row) % 2_147_483_648;
const sqlRowKey = (r: number, school: string, row: string) => `((${r}::bigint * 2097152 + ${school} * 1024 + ${row}) % 2147483648)`;

// Ids: 'nast' · table · '4' region · '8000' · the row number times an odd constant mod 2^48,
// a bijection, so ids are unique and spread over the index like random ones.
const TAG = 0x6e617374;
const MULT = 56_394_165_293n;
const MASK48 = (1n << 48n) - 1n;
const T = { org: 1, person: 2, user: 3, pair: 4, consent: 5, document: 6, pupil: 7, form: 8, studentMentor: 9, studentPair: 10, campaign: 11 } as const;
const hex = (n: number | bigint, width: number) => n.toString(16).padStart(width, '0');
export function generatedId(table: number, region: number, n: number): string {
  const h = `${hex(TAG, 8)}${hex(table, 4)}4${hex(region, 3)}8000${hex((BigInt(n) * MULT) & MASK48, 12)}`;
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
const sqlId = (table: number, region: number, n: string) =>
  `('${hex(TAG, 8)}${hex(table, 4)}4${hex(region, 3)}8000' || lpad(to_hex(((${n})::bigint * ${MULT}) & ${MASK48}), 12, '0'))::uuid`;

// Row numbers inside a region: a school's people are ls·128 + i, its pairs ls·16 + k, …
const PERSON = (ls: string, i: string) => `${ls} * 128 + ${i}`;
const MAX_STAFF = 100;

/** Pair k: its mentor and mentees by staff number (generate-region's banks: mentors 1–10, mentees 13–24). */
const PAIRS = [
  ...Array.from({ length: 9 }, (_, k) => ({ k, mentor: 1 + k, mentees: [13 + k] })),
  { k: 9, mentor: 10, mentees: [22, 23] },
  // The first mentee again, in a completed pair with the third mentor: a teacher in two pairs.
  { k: 10, mentor: 3, mentees: [13] },
];
/** Consent slots of a live pair k: slot k·7 + j. */
const CONSENT_SLOTS = PAIRS.filter((p) => p.k < 10).flatMap((p) => [
  { k: p.k, slot: p.k * 7, person: p.mentor, bound: true, kind: 'mentor_duties' },
  { k: p.k, slot: p.k * 7 + 1, person: p.mentor, bound: true, kind: 'additional_agreement' },
  { k: p.k, slot: p.k * 7 + 2, person: p.mentor, bound: false, kind: 'personal_data' },
  ...p.mentees.flatMap((m, i) => [
    { k: p.k, slot: p.k * 7 + 3 + 2 * i, person: m, bound: true, kind: 'mentee_participation' },
    { k: p.k, slot: p.k * 7 + 4 + 2 * i, person: m, bound: false, kind: 'personal_data' },
  ]),
]);
const STATUS = { f: 'forming', a: 'active', c: 'completed', t: 'terminated' } as const;
/** Student pairs of a school: mentor j % 3 (a pupil of class 10), mentee a pupil of class 6; the last one forming. */
const STUDENT_PAIRS = 4;
const STUDENT_MENTORS = 3;
const MENTOR_CLASS = 9; // class index 9 is grade 10
const MENTEE_CLASS = 5; // grade 6

interface SchoolPlan {
  ls: number;
  id: string;
  district: string;
  curator: boolean;
  statuses: string;
  consents: string;
  docs: number;
  submit: boolean;
  classes: number;
  perClass: number;
}

// The files of every issued document. A document rendered by the app weighs 19 KB (styles,
// theme, the embedded Tinos), 2.5 GB over a country's 130,000 documents, and PostgreSQL stores
// each copy apart: these two open in Word and a PDF viewer and weigh 2 KB together. The PDF
// keeps to Latin letters so that it needs no embedded font.
const DOCUMENT_TEXT = 'Сгенерированный документ нагрузочного теста.';
async function tinyDocx(): Promise<Buffer> {
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file('word/document.xml', `${head}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${DOCUMENT_TEXT}</w:t></w:r></w:p></w:body></w:document>`);
  // A fixed date: the same bytes (and checksum) on every run.
  const date = new Date(Date.UTC(2026, 0, 1));
  for (const f of Object.values(zip.files)) f.date = date;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
async function tinyPdf(): Promise<Buffer> {
  const date = new Date(Date.UTC(2026, 0, 1));
  const doc = new PDFDocument({ size: 'A4', info: { Title: 'Prikaz', CreationDate: date, ModDate: date } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  doc.fontSize(14).text('Sgenerirovannyi dokument nagruzochnogo testa.');
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

const dayNo = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** The region's plan and what it yields, drawn from the region's own PRNG. */
function planRegion(no: number, size: RegionSize, staff: number, today: string) {
  const rnd = prng(SEED + no * 7919);
  const year = Number(today.slice(0, 4));
  const schoolYear = Number(today.slice(5, 7)) >= 9 ? year : year - 1;
  const pupilAge = studentAgeCutoffs(today);
  const [bornAfter, menteeBy, mentorBy] = [pupilAge.bornAfter, pupilAge.menteeBornBy, pupilAge.mentorBornBy].map(dayNo) as [number, number, number];
  const studentPairsWork = dayNo(`${schoolYear}-09-01`) <= dayNo(today) && dayNo(today) <= dayNo(`${schoolYear + 1}-05-31`);
  const withoutData = Math.ceil(staff / 6);
  // Staff numbers 13–27 are young, those with dates on record (the others have none).
  const isYoung = (i: number) => i >= 13 && i < 28 && i < staff - withoutData;
  const youngTeachers = Array.from({ length: staff }, (_, i) => i).filter(isYoung).length;
  const schools: SchoolPlan[] = [];
  const counts: UnitCounts[] = [];
  const districts = Array.from({ length: size.districts }, (_, d) => generatedId(T.org, no, 1 + d));
  for (let d = 0; d < size.districts; d++) {
    for (let s = 0; s < size.schools; s++) {
      const ls = d * size.schools + s;
      const c: UnitCounts = { ...emptyCounts(), schools: 1, staff, staffWithoutData: withoutData, youngTeachers: youngTeachers, mentors: 10, mentees: 12 };
      const curator = rnd() < 0.7;
      let statuses = '';
      for (let k = 0; k < 10; k++) {
        const r = rnd();
        statuses += r < 0.15 ? 'f' : r < 0.75 ? 'a' : r < 0.9 ? 'c' : 't';
      }
      statuses += 'c';
      let consents = '';
      for (let i = 0; i < 70; i++) {
        const r = rnd();
        consents += r < 0.85 ? 'r' : r < 0.95 ? 'q' : 'w';
      }
      const covered = new Set<number>();
      for (const p of PAIRS) {
        const st = STATUS[statuses[p.k] as keyof typeof STATUS];
        c[st === 'forming' ? 'pairsForming' : st === 'active' ? 'pairsActive' : st === 'completed' ? 'pairsCompleted' : 'pairsTerminated'] += 1;
        if (st !== 'terminated') p.mentees.filter(isYoung).forEach((m) => covered.add(m));
      }
      c.youngCovered = covered.size;
      c.consentsOutstanding = CONSENT_SLOTS.filter((x) => 'fa'.includes(statuses[x.k]!) && consents[x.slot] !== 'r').length;
      const docs = (rnd() < 0.8 ? 1 : 0) | (rnd() < 0.5 ? 2 : 0) | (rnd() < 0.4 ? 4 : 0);
      c.schoolsImplementing = c.schoolsWithRegulation = docs & 1;
      const submit = rnd() < 0.5;
      const classes = size.classes[0] + Math.floor(rnd() * (size.classes[1] - size.classes[0] + 1));
      // Pupils by age, with the same birth dates as the SQL below gives them.
      for (let k = 0; k < classes; k++) {
        const grade = (k % 11) + 1;
        const base = dayNo(`${schoolYear - 6 - grade}-08-31`);
        for (let j = 0; j < size.perClass; j++) {
          const born = base - (hash(rowKey(no, ls, k * size.perClass + j)) % 365);
          if (born <= bornAfter) continue;
          const mentee = born <= menteeBy;
          const mentor = born <= mentorBy;
          if (mentee) c.pupils10to19 += 1;
          if (mentor) c.pupils15to19 += 1;
          if (studentPairsWork && mentee && k === MENTEE_CLASS && j < STUDENT_PAIRS - 1) c.studentMentees += 1;
          if (studentPairsWork && mentor && k === MENTOR_CLASS && j < STUDENT_MENTORS) c.studentMentors += 1;
        }
      }
      const id = generatedId(T.org, no, 100_000 + ls);
      schools.push({ ls, id, district: districts[d]!, curator, statuses, consents, docs, submit, classes, perClass: size.perClass });
      counts.push(c);
    }
  }
  return { schools, counts, districts, schoolYear, year };
}

export async function generateCountry(pool: Pool, opts: CountryOptions): Promise<GeneratedCountry> {
  const started = performance.now();
  const log = opts.log ?? (() => {});
  const { staff } = opts;
  if (staff < 30 || staff > MAX_STAFF) throw new Error(`staff must be 30–${MAX_STAFF}`);
  for (const r of opts.regions) {
    if (r.classes[1] * r.perClass > 1024 || r.classes[0] < 11 || r.perClass < STUDENT_PAIRS) throw new Error('a school needs 11–1024/perClass classes of at least 4 pupils');
    if (r.districts * r.schools > 2047) throw new Error('at most 2047 schools a region');
  }
  const today = new Date().toLocaleDateString('sv-SE');
  const passwordHash = await hashPassword(`bench-country-${SEED}`);
  const [docx, pdf] = await Promise.all([tinyDocx(), tinyPdf()]);
  const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
  const numbers = opts.only ?? opts.regions.map((_, i) => i);
  const rows: Record<string, number> = {};
  const done: GeneratedCountryRegion[] = [];

  const region = async (client: PoolClient, no: number, triggersOff: boolean) => {
    const size = opts.regions[no]!;
    const plan = planRegion(no, size, staff, today);
    const { year, schoolYear } = plan;
    const regionId = generatedId(T.org, no, 0);
    const regionPath = `/${regionId}/`;
    const name = `№ ${String(no + 1).padStart(2, '0')}`;
    const add = (table: string, n: number | null) => (rows[table] = (rows[table] ?? 0) + (n ?? 0));
    const q = async (table: string, text: string, params: unknown[] = []) => add(table, (await client.query(text, params)).rowCount);
    const ls = 's.ls';

    await client.query('begin');
    try {
      await client.query('set local synchronous_commit = off');
      // The tree: region, districts, schools, passed as arrays (≤ 2,100 rows).
      const orgRows: [string, string, string | null, string, string, string, string][] = [
        [regionId, 'region', null, regionPath, `Министерство образования нагрузочного региона ${name}`, `Нагрузочная страна: регион ${name}`, '-д'],
      ];
      plan.districts.forEach((id, d) =>
        orgRows.push([id, 'municipality', regionId, `${regionPath}${id}/`, `Управление образования Администрации района № ${d + 1}`, `Район № ${String(d + 1).padStart(2, '0')}`, '-д']),
      );
      for (const s of plan.schools) {
        const d = Math.floor(s.ls / size.schools) + 1;
        const n = (s.ls % size.schools) + 1;
        orgRows.push([
          s.id,
          'school',
          s.district,
          `${regionPath}${s.district}/${s.id}/`,
          `Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № ${n}» района № ${d}`,
          `МБОУ «СОШ № ${n}» р-на ${d}`,
          '-од',
        ]);
      }
      const col = (i: number) => orgRows.map((r) => r[i]);
      await q(
        'organizations',
        `insert into organizations (id, kind, parent_id, path, full_name, short_name, order_suffix, city, head_position, head_last_name, head_first_name, head_middle_name)
         select o.id, o.kind, o.parent_id, o.path, o.full_name, o.short_name, o.suffix, 'г. Энск', 'Директор',
           ($8::text[])[1 + ${sqlHash('o.n * 3')} % ${LAST.length}], ($9::text[])[1 + ${sqlHash('o.n * 3 + 1')} % ${FIRST.length}], ($10::text[])[1 + ${sqlHash('o.n * 3 + 2')} % ${MIDDLE.length}]
         from unnest($1::uuid[], $2::org_kind[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[]) with ordinality o(id, kind, parent_id, path, full_name, short_name, suffix, n)`,
        [col(0), col(1), col(2), col(3), col(4), col(5), col(6), LAST, FIRST, MIDDLE],
      );

      await client.query(`create temp table gen_school (ls int, id uuid, district uuid, curator bool, statuses text, consents text, docs int, submit bool, figures jsonb, classes int, per_class int) on commit drop`);
      const sc = plan.schools;
      await client.query(
        `insert into gen_school select * from unnest($1::int[], $2::uuid[], $3::uuid[], $4::bool[], $5::text[], $6::text[], $7::int[], $8::bool[], $9::jsonb[], $10::int[], $11::int[])`,
        [
          sc.map((s) => s.ls),
          sc.map((s) => s.id),
          sc.map((s) => s.district),
          sc.map((s) => s.curator),
          sc.map((s) => s.statuses),
          sc.map((s) => s.consents),
          sc.map((s) => s.docs),
          sc.map((s) => s.submit),
          sc.map((s, i) => (s.submit ? JSON.stringify({ referenceDate: today, counts: plan.counts[i] }) : null)),
          sc.map((s) => s.classes),
          sc.map((s) => s.perClass),
        ],
      );

      // Staff: the last sixth gave no consent to personal data processing and has no dates on
      // record; staff numbers 13–27 are young teachers (under 31, under 3 years of work).
      const key = (i: string) => sqlRowKey(no, ls, i);
      await q(
        'people',
        `insert into people (id, organization_id, last_name, first_name, middle_name, position, personal_data_consent, personal_data_consent_date, birth_date, pedagogical_start)
         select ${sqlId(T.person, no, PERSON(ls, 'i'))}, s.id,
           ($1::text[])[1 + ${sqlHash(`${key('i')} * 4`)} % ${LAST.length}], ($2::text[])[1 + ${sqlHash(`${key('i')} * 4 + 1`)} % ${FIRST.length}],
           ($3::text[])[1 + ${sqlHash(`${key('i')} * 4 + 2`)} % ${MIDDLE.length}],
           case when i = 0 then 'директор' else ($4::text[])[1 + ${sqlHash(`${key('i')} * 4 + 3`)} % ${POSITIONS.length}] end,
           v.consent, case when v.consent then make_date(${year}, 9, 1) end,
           case when not v.consent then null
             when v.young then make_date(${year - 31}, 1, 1) + (${sqlHash(`${key('i')} + 7`)} % ${9 * 365})::int
             else make_date(${year - 62}, 1, 1) + (${sqlHash(`${key('i')} + 7`)} % ${27 * 365})::int end,
           case when not v.consent then null
             when v.young then $5::date - (${sqlHash(`${key('i')} + 11`)} % 1090)::int
             else make_date(${year - 35}, 1, 1) + (${sqlHash(`${key('i')} + 11`)} % ${30 * 365})::int end
         from gen_school s cross join generate_series(0, ${staff - 1}) i
           cross join lateral (values (i < ${staff - Math.ceil(staff / 6)}, i between 13 and 27)) v(consent, young)`,
        [LAST, FIRST, MIDDLE, POSITIONS, today],
      );

      const operatorUserId = generatedId(T.user, no, 2_000_000);
      const coordinatorUserIds = plan.districts.map((_, d) => generatedId(T.user, no, 1_000_000 + d));
      await q(
        'users',
        `insert into users (id, email, role, organization_id, person_id, full_name, password_hash)
         select u.id, u.email, u.role, u.org, null, u.full_name, $5 from unnest($1::uuid[], $2::text[], $3::role[], $4::uuid[], $6::text[]) u(id, email, role, org, full_name)
         union all
         select ${sqlId(T.user, no, `${ls} * 4`)}, 'head-${no + 1}-' || (${ls} + 1) || '@country.bench', 'school_head', s.id, ${sqlId(T.person, no, PERSON(ls, '0'))},
           'Руководитель школы ' || (${ls} + 1), $5 from gen_school s
         union all
         select ${sqlId(T.user, no, `${ls} * 4 + 1`)}, 'curator-${no + 1}-' || (${ls} + 1) || '@country.bench', 'curator', s.id, ${sqlId(T.person, no, PERSON(ls, '1'))},
           'Куратор школы ' || (${ls} + 1), $5 from gen_school s where s.curator`,
        [
          [operatorUserId, ...coordinatorUserIds],
          [`operator-${no + 1}@country.bench`, ...plan.districts.map((_, d) => `district-${no + 1}-${d + 1}@country.bench`)],
          ['region_operator', ...plan.districts.map(() => 'district_coordinator')],
          [regionId, ...plan.districts],
          passwordHash,
          ['Оператор региона', ...plan.districts.map((_, d) => `Координатор района № ${d + 1}`)],
        ],
      );

      await q('mentor_profiles', `insert into mentor_profiles (person_id, organization_id, capacity) select ${sqlId(T.person, no, PERSON(ls, 'i'))}, s.id, 2 from gen_school s, generate_series(1, 10) i`);
      await q(
        'mentee_profiles',
        `insert into mentee_profiles (person_id, organization_id, category) select ${sqlId(T.person, no, PERSON(ls, 'i'))}, s.id, 'young_specialist' from gen_school s, generate_series(13, 24) i`,
      );
      const pairId = (k: string) => sqlId(T.pair, no, `${ls} * 16 + ${k}`);
      await q(
        'mentor_pairs',
        `insert into mentor_pairs (id, organization_id, mentor_id, form, kind, start_date, end_date, status)
         select ${pairId('p.k')}, s.id, ${sqlId(T.person, no, PERSON(ls, 'p.mentor'))}, 'педагог – педагог', p.kind, make_date(${year}, 9, 1), make_date(${year + 1}, 5, 31),
           (case substr(s.statuses, p.k + 1, 1) when 'f' then 'forming' when 'a' then 'active' when 'c' then 'completed' else 'terminated' end)::pair_status
         from gen_school s, (values ${PAIRS.map((p) => `(${p.k}, ${p.mentor}, '${p.mentees.length > 1 ? 'групповое' : 'индивидуальное'}')`).join(', ')}) p(k, mentor, kind)`,
      );
      await q(
        'mentor_pair_mentees',
        `insert into mentor_pair_mentees (pair_id, person_id) select ${pairId('m.k')}, ${sqlId(T.person, no, PERSON(ls, 'm.person'))}
         from gen_school s, (values ${PAIRS.flatMap((p) => p.mentees.map((m) => `(${p.k}, ${m})`)).join(', ')}) m(k, person)`,
      );
      // The consents a live pair asks for, each received, requested or withdrawn as planned.
      await q(
        'consents',
        `insert into consents (id, organization_id, person_id, pair_id, kind, status, received_on)
         select ${sqlId(T.consent, no, `${ls} * 128 + c.slot`)}, s.id, ${sqlId(T.person, no, PERSON(ls, 'c.person'))}, case when c.bound then ${pairId('c.k')} end, c.kind::consent_kind,
           st.status::consent_status, case when st.status = 'received' then make_date(${year}, 9, 1) end
         from gen_school s, (values ${CONSENT_SLOTS.map((c) => `(${c.k}, ${c.slot}, ${c.person}, ${c.bound}, '${c.kind}')`).join(', ')}) c(k, slot, person, bound, kind)
           cross join lateral (select case substr(s.consents, c.slot + 1, 1) when 'r' then 'received' when 'q' then 'requested' else 'withdrawn' end) st(status)
         where substr(s.statuses, c.k + 1, 1) in ('f', 'a')`,
      );

      // Documents: the introduction order (bit 1) with its положение and roadmap, the order on
      // the list of mentors (2), the pair order (4), numbered in that order from 1.
      const seq = `(case d.bit when 1 then 1 when 2 then 1 + (s.docs & 1) else 1 + (s.docs & 1) + ((s.docs >> 1) & 1) end)`;
      const files = [docx, pdf, sha256(docx), sha256(pdf)];
      await q(
        'documents',
        `insert into documents (id, organization_id, template, title, status, data, year, sequence, number, issue_date, docx, pdf, docx_sha256, pdf_sha256)
         select ${sqlId(T.document, no, `${ls} * 8 + d.n`)}, s.id, d.template, d.title, 'issued', '{}', ${year}, ${seq}, ${seq} || '-од', make_date(${year}, 9, ${seq}), $1, $2, $3, $4
         from gen_school s join (values (1, 0, $5, $6), (2, 3, $7, $8), (4, 4, $9, $10)) d(bit, n, template, title) on s.docs & d.bit <> 0`,
        [...files, schoolIntroOrder.name, schoolIntroOrder.title, mentorListOrder.name, mentorListOrder.title, pairOrder.name, pairOrder.title],
      );
      await q(
        'documents',
        `insert into documents (id, organization_id, template, title, status, data, parent_id, annex_no, number, issue_date, docx, pdf, docx_sha256, pdf_sha256)
         select ${sqlId(T.document, no, `${ls} * 8 + a.n`)}, s.id, a.template, a.title, 'issued', '{}', ${sqlId(T.document, no, `${ls} * 8`)}, a.n, '1-од', make_date(${year}, 9, 1), $1, $2, $3, $4
         from gen_school s, (values (1, $5, $6), (2, $7, $8)) a(n, template, title) where s.docs & 1 <> 0`,
        [...files, schoolRegulation.name, schoolRegulation.title, schoolRoadmap.name, schoolRoadmap.title],
      );
      await q(
        'document_counters',
        `insert into document_counters (organization_id, year, last) select s.id, ${year}, (s.docs & 1) + ((s.docs >> 1) & 1) + ((s.docs >> 2) & 1) from gen_school s where s.docs <> 0`,
      );

      // Pupils: classes 1–11 and on, lettered А, Б, В, Г, born in the school year their grade
      // implies (a first-grader of September 2026: 09.2018–08.2019).
      const pupil = (idx: string) => sqlId(T.pupil, no, `${ls} * 1024 + ${idx}`);
      const pkey = sqlRowKey(no, ls, 'k * s.per_class + j');
      await q(
        'pupils',
        `insert into pupils (id, organization_id, last_name, first_name, middle_name, birth_date, grade, class_letter)
         select ${pupil('k * s.per_class + j')}, s.id,
           ($1::text[])[1 + ${sqlHash(`${pkey} * 3 + 1`)} % ${LAST.length}], ($2::text[])[1 + ${sqlHash(`${pkey} * 3 + 2`)} % ${FIRST.length}],
           ($3::text[])[1 + ${sqlHash(`${pkey} * 5 + 3`)} % ${MIDDLE.length}],
           make_date(${schoolYear - 6} - (k % 11 + 1), 8, 31) - (${sqlHash(pkey)} % 365)::int, k % 11 + 1, coalesce((array['А', 'Б', 'В'])[k / 11 + 1], 'Г')
         from gen_school s cross join lateral generate_series(0, s.classes - 1) k cross join lateral generate_series(0, s.per_class - 1) j`,
        [LAST, FIRST, MIDDLE],
      );
      // Their counts by birth year and month, as the triggers on pupils keep them (migration
      // 0022_pupil_birth_counts_triggers) — which this session's replica role leaves asleep.
      if (triggersOff)
        await q(
        'pupil_birth_counts',
        `insert into pupil_birth_counts (organization_id, months, since, pupils)
         select p.organization_id, k.months, k.since, count(*)::int from pupils p join gen_school s on s.id = p.organization_id
         cross join lateral (values (12, date_trunc('year', p.birth_date)::date), (1, date_trunc('month', p.birth_date)::date)) k(months, since)
         group by 1, 2, 3`,
      );
      // The student model: the first default form, three pupils of class 10 as mentors and
      // pupils of class 6 as mentees in three active pairs and one forming.
      const form = DEFAULT_STUDENT_FORMS[0]!;
      await q(
        'student_forms',
        `insert into student_forms (id, organization_id, name, mentor_kinds, sort_order) select ${sqlId(T.form, no, ls)}, s.id, $1, $2::student_mentor_kind[], 1 from gen_school s`,
        [form.name, form.mentorKinds],
      );
      await q(
        'student_mentors',
        `insert into student_mentors (id, organization_id, kind, pupil_id, selected, added_on)
         select ${sqlId(T.studentMentor, no, `${ls} * 8 + j`)}, s.id, 'pupil', ${pupil(`${MENTOR_CLASS} * s.per_class + j`)}, true, make_date(${schoolYear}, 9, 1)
         from gen_school s, generate_series(0, ${STUDENT_MENTORS - 1}) j`,
      );
      await q(
        'student_mentees',
        `insert into student_mentees (pupil_id, organization_id, added_on) select ${pupil(`${MENTEE_CLASS} * s.per_class + j`)}, s.id, make_date(${schoolYear}, 9, 1)
         from gen_school s, generate_series(0, ${STUDENT_PAIRS - 1}) j`,
      );
      const studentPair = (j: string) => sqlId(T.studentPair, no, `${ls} * 8 + ${j}`);
      await q(
        'student_pairs',
        `insert into student_pairs (id, organization_id, mentor_id, form_id, kind, start_date, end_date, status)
         select ${studentPair('j')}, s.id, ${sqlId(T.studentMentor, no, `${ls} * 8 + j % ${STUDENT_MENTORS}`)}, ${sqlId(T.form, no, ls)}, 'индивидуальное',
           make_date(${schoolYear}, 9, 1), make_date(${schoolYear + 1}, 5, 31), case when j < ${STUDENT_PAIRS - 1} then 'active' else 'forming' end::pair_status
         from gen_school s, generate_series(0, ${STUDENT_PAIRS - 1}) j`,
      );
      await q(
        'student_pair_mentees',
        `insert into student_pair_mentees (pair_id, pupil_id) select ${studentPair('j')}, ${pupil(`${MENTEE_CLASS} * s.per_class + j`)} from gen_school s, generate_series(0, ${STUDENT_PAIRS - 1}) j`,
      );

      const campaignId = generatedId(T.campaign, no, 0);
      await q(
        'monitoring_campaigns',
        `insert into monitoring_campaigns (id, organization_id, title, starts_on, deadline) values ($1, $2, 'Мониторинг внедрения системы наставничества педагогических работников', $3::date - 5, $3::date + 10)`,
        [campaignId, regionId, today],
      );
      await q('monitoring_submissions', `insert into monitoring_submissions (campaign_id, organization_id, figures) select $1, s.id, s.figures from gen_school s where s.submit`, [campaignId]);
      // The schools' counts, the staff's `mentored` and the pupils' involvement, as the
      // triggers on the tables counted keep them (migrations 0025, 0027), asleep here too.
      if (triggersOff) await client.query(`select school_counts_refresh(array(select id from gen_school))`);
      // With the triggers off (see worker), the change counters the page cache reads are
      // bumped here for every organization written, as the triggers would at commit.
      if (triggersOff) await client.query(`select org_changes_bump(array(select id from organizations where path like $1))`, [`${regionPath}%`]);
      await client.query('commit');
    } catch (e) {
      await client.query('rollback');
      throw e;
    }
    done.push({
      no,
      regionId,
      operatorUserId: generatedId(T.user, no, 2_000_000),
      districtIds: plan.districts,
      coordinatorUserIds: plan.districts.map((_, d) => generatedId(T.user, no, 1_000_000 + d)),
      schools: plan.schools.length,
      expected: sumCounts(plan.counts),
    });
  };

  // Regions side by side, each worker taking the next one.
  const queue = [...numbers];
  let finished = 0;
  const worker = async () => {
    const client = await pool.connect();
    // Rows are consistent by construction: a superuser's session skips the per-row foreign key
    // checks (and the statement triggers), which would otherwise cost more than the inserts.
    const triggersOff = await client.query('set session_replication_role = replica').then(
      () => true,
      () => false,
    );
    try {
      for (let no = queue.shift(); no !== undefined; no = queue.shift()) {
        await region(client, no, triggersOff);
        finished += 1;
        if (finished % 10 === 0 || finished === numbers.length)
          log(`${finished}/${numbers.length} regions, ${rows.people ?? 0} staff, ${((performance.now() - started) / 1000).toFixed(0)} s`);
      }
    } finally {
      if (triggersOff) await client.query('reset session_replication_role');
      client.release();
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 2, numbers.length) }, worker));
  log(`inserted ${Object.values(rows).reduce((a, b) => a + b, 0)} rows in ${((performance.now() - started) / 1000).toFixed(1)} s; analyzing`);
  // Vacuumed and analyzed as autovacuum would after so many inserts: the visibility map lets
  // index-only scans (pupils_org_birth, pupil_birth_counts, people_org_dates, student_involvement)
  // skip the rows.
  await pool.query('vacuum (analyze)');
  done.sort((a, b) => a.no - b.no);
  return { regions: done, today, rows, ms: performance.now() - started };
}

/** Counts of `a` and `b` that differ, by name. */
export function countsDiffer(a: UnitCounts, b: UnitCounts): string[] {
  return COUNT_KEYS.filter((k) => a[k] !== b[k]);
}

async function main() {
  const {
    url,
    sizes: [regions, schools, staff],
  } = urlAndSizes(process.argv.slice(2), [85, 40_000, 60]);
  await generateInto(url, 'country', 'DATABASE_URL не задан: страна создаётся во временной встроенной базе и удаляется после замера.', async (pool) => {
    const r = await generateCountry(pool, { regions: countrySizes(regions, schools), staff, log: console.log });
    const total = Object.values(r.rows).reduce((a, b) => a + b, 0);
    const { rows: size } = await pool.query<{ size: string }>('select pg_size_pretty(pg_database_size(current_database())) as size');
    console.log(`${regions} регионов, ${r.rows.organizations} организаций, ${r.rows.people} сотрудников: ${total} строк за ${(r.ms / 1000).toFixed(1)} с (вместе с ANALYZE), база ${size[0]!.size}.`);
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
