// The country generator of the benchmarks (scripts/generate-country.ts) at a tiny size: the
// rows it promises, the same rows on every run and for a region generated alone, foreign keys
// intact although it inserts with the per-row checks off, the page cache's change counters
// bumped, and the app's indicators counting exactly what the generator planned.
import { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNT_KEYS } from '@/lib/domain/indicators/compute';
import { loadScope } from '@/lib/server/auth/scope';
import { loadIndicatorReport } from '@/lib/server/indicators/load-report';
import { type GeneratedCountry, generateCountry, type RegionSize } from '@/scripts/generate-country';
import { createTestDatabase, type TestDatabase } from '../support/db';

const REGIONS: RegionSize[] = Array.from({ length: 3 }, () => ({ districts: 2, schools: 3, classes: [11, 13], perClass: 4 }));
const STAFF = 30;
const SCHOOLS = 3 * 2 * 3;
const TABLES = [
  'organizations',
  'people',
  'users',
  'mentor_profiles',
  'mentee_profiles',
  'mentor_pairs',
  'mentor_pair_mentees',
  'consents',
  'documents',
  'document_counters',
  'pupils',
  'student_forms',
  'student_mentors',
  'student_mentees',
  'student_pairs',
  'student_pair_mentees',
  'monitoring_campaigns',
  'monitoring_submissions',
];

interface Generated {
  t: TestDatabase;
  pool: Pool;
  country: GeneratedCountry;
}
const made: Generated[] = [];
async function generate(only?: number[]): Promise<Generated> {
  const t = await createTestDatabase();
  const pool = new Pool({ connectionString: t.url, max: 2 });
  const country = await generateCountry(pool, { regions: REGIONS, staff: STAFF, only });
  const g = { t, pool, country };
  made.push(g);
  return g;
}
let a: Generated;
let b: Generated;
let alone: Generated;
beforeAll(async () => {
  a = await generate();
  b = await generate();
  alone = await generate([1]);
}, 180_000);
afterAll(async () => {
  for (const g of made) {
    await g.pool.end();
    await g.t.close();
  }
});

/** A digest of a table's rows, without the columns a run stamps itself (times, the bcrypt salt). */
async function digest(pool: Pool, table: string, where = 'true'): Promise<string> {
  const { rows: cols } = await pool.query<{ name: string }>(
    `select column_name as name from information_schema.columns
     where table_name = $1 and data_type not like 'timestamp%' and column_name <> 'password_hash' order by ordinal_position`,
    [table],
  );
  const list = cols.map((c) => `"${c.name}"`).join(', ');
  const { rows } = await pool.query<{ md5: string; n: number }>(
    `select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as md5, count(*)::int as n from (select ${list} from ${table} where ${where}) x`,
  );
  return `${rows[0]!.n}:${rows[0]!.md5}`;
}
const count = async (pool: Pool, sql: string, params: unknown[] = []) => (await pool.query<{ n: number }>(`select count(*)::int as n from ${sql}`, params)).rows[0]!.n;

describe('the country generator', () => {
  it('inserts the tree, staff, banks, pairs, documents and pupils it promises', async () => {
    const p = a.pool;
    expect(await count(p, `organizations where kind = 'region'`)).toBe(3);
    expect(await count(p, `organizations where kind = 'municipality'`)).toBe(6);
    expect(await count(p, `organizations where kind = 'school'`)).toBe(SCHOOLS);
    // Every school hangs under a district of its own region, by parent and by path.
    expect(await count(p, `organizations s join organizations d on d.id = s.parent_id where s.kind = 'school' and s.path like d.path || '%' and d.kind = 'municipality'`)).toBe(SCHOOLS);
    expect(await count(p, 'people')).toBe(SCHOOLS * STAFF);
    expect(await count(p, 'mentor_profiles')).toBe(SCHOOLS * 10);
    expect(await count(p, 'mentee_profiles')).toBe(SCHOOLS * 12);
    expect(await count(p, 'mentor_pairs')).toBe(SCHOOLS * 11);
    expect(await count(p, 'mentor_pair_mentees')).toBe(SCHOOLS * 12);
    expect(await count(p, `users where role = 'region_operator'`)).toBe(3);
    expect(await count(p, `users where role = 'district_coordinator'`)).toBe(6);
    expect(await count(p, `users where role = 'school_head'`)).toBe(SCHOOLS);
    expect(await count(p, 'student_pairs')).toBe(SCHOOLS * 4);
    expect(await count(p, 'monitoring_campaigns')).toBe(3);
    // Pupils: 11–13 classes of 4 a school.
    const pupils = await count(p, 'pupils');
    expect(pupils).toBeGreaterThanOrEqual(SCHOOLS * 11 * 4);
    expect(pupils).toBeLessThanOrEqual(SCHOOLS * 13 * 4);
    // Each table's rows as the generator counted them, every one read back.
    for (const [table, n] of Object.entries(a.country.rows)) expect(await count(p, table), table).toBe(n);
    // Issued documents carry files that open: a DOCX (zip) and a PDF.
    const { rows: docs } = await p.query<{ docx: Buffer; pdf: Buffer }>(`select docx, pdf from documents limit 1`);
    expect(docs[0]!.docx.subarray(0, 2).toString()).toBe('PK');
    expect(docs[0]!.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await count(p, `documents where status = 'issued' and docx is not null and pdf is not null`)).toBe(await count(p, 'documents'));
  });

  it('keeps every foreign key although it inserts without the per-row checks', async () => {
    const { rows: fks } = await a.pool.query<{ child: string; col: string; parent: string; pcol: string }>(
      `select c.conrelid::regclass::text as child, a.attname as col, c.confrelid::regclass::text as parent, pa.attname as pcol
       from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
       join pg_attribute pa on pa.attrelid = c.confrelid and pa.attnum = c.confkey[1]
       where c.contype = 'f' and cardinality(c.conkey) = 1`,
    );
    expect(fks.length).toBeGreaterThan(20);
    for (const f of fks) {
      const orphans = await count(a.pool, `${f.child} x where x.${f.col} is not null and not exists (select 1 from ${f.parent} y where y.${f.pcol} = x.${f.col})`);
      expect(orphans, `${f.child}.${f.col} → ${f.parent}`).toBe(0);
    }
  });

  it('bumps the change counter of every organization it wrote, as the triggers would', async () => {
    expect(await count(a.pool, `organizations o where not exists (select 1 from org_changes c where c.organization_id = o.id and c.version > 0)`)).toBe(0);
  });

  it('makes the same rows on every run, and a region alone the same as within the country', async () => {
    for (const table of TABLES) expect(await digest(b.pool, table), table).toBe(await digest(a.pool, table));
    const region = a.country.regions[1]!.regionId;
    expect(alone.country.regions.map((r) => r.regionId)).toEqual([region]);
    const inRegion = `organization_id in (select id from organizations where path like '/${region}/%')`;
    for (const table of ['people', 'mentor_pairs', 'consents', 'documents', 'pupils', 'student_pairs'])
      expect(await digest(alone.pool, table, inRegion), table).toBe(await digest(a.pool, table, inRegion));
    expect(await count(alone.pool, `organizations where kind = 'school'`)).toBe(6);
  });

  it("yields region indicators that count exactly what it planned, the pupils' ages included", async () => {
    for (const r of a.country.regions) {
      const scope = (await loadScope(a.t.db, r.operatorUserId))!;
      const report = await loadIndicatorReport(a.t.db, scope, { referenceDate: a.country.today });
      expect(report.schools).toHaveLength(6);
      expect(Object.fromEntries(COUNT_KEYS.map((k) => [k, report.total[k]]))).toEqual(Object.fromEntries(COUNT_KEYS.map((k) => [k, r.expected[k]])));
    }
    // Something of each kind is there to count.
    const total = a.country.regions[0]!.expected;
    expect(total.pairsActive).toBeGreaterThan(0);
    expect(total.consentsOutstanding).toBeGreaterThan(0);
    expect(total.pupils10to19).toBeGreaterThan(0);
    expect(total.pupils15to19).toBeGreaterThan(0);
    // Staff numbers 13–24 of 30: the rest of the young ones (25–27) are among the sixth without dates.
    expect(total.youngTeachers).toBe(6 * 12);
  });
});
