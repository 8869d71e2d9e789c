// Country-scale benchmark: a generated country (85 regions, ≈ 40,000 schools, ≈ 2.4 million
// staff by default, scripts/generate-country.ts) and, beside it, a database holding only its
// largest region (2,000 schools) made by the same generator, so both hold that region's very
// rows. On each, the largest region's dashboard data, its indicators page and a district's
// progress board, called directly with the operator's or coordinator's scope; the two
// databases are measured in alternation so that load on the machine weighs on both alike.
// Goals: ≤ 200 ms each on the country, the region's indicators page ≤ 150 ms, and the
// country no slower than the one region: the cost follows the region, not the country.
// Then every SQL statement is run under EXPLAIN (ANALYZE, BUFFERS) on the country.
//   npx tsx bench/country.ts [DATABASE_URL] [regions] [schools] [staff]
// With a URL the country there is used (generated first if there is none) and the one-region
// database is its sibling `<name>_one_region` on the same server; without one a throwaway
// embedded PostgreSQL is created and removed.
import { runUnderReactServer } from '@/scripts/react-server';

runUnderReactServer();

const WARM_UP = 3;
const RUNS = 11;
const GOAL_MS = 200;
const INDICATORS_GOAL_MS = 150;
/** Country over one region, beyond which a figure counts as slower: medians of a shared machine wobble by this much. */
const RATIO_LIMIT = 1.25;
const MARK = 'Нагрузочная страна: регион %';

async function main() {
  const os = await import('node:os');
  const { connect } = await import('@/db/client');
  const { explain, largeTables, statementRecorder } = await import('./support/plans');
  const { startThrowawayPostgres } = await import('@/db/embedded');
  const { runMigrations } = await import('@/db/migrate');
  const { ensureDatabase, urlAndSizes } = await import('@/scripts/database');
  const { countrySizes, countsDiffer, generateCountry } = await import('@/scripts/generate-country');
  const { loadScope } = await import('@/lib/server/auth/scope');
  const { regionSummary } = await import('@/lib/server/dashboard/region-summary');
  const { loadSchoolsFacts } = await import('@/lib/server/dashboard/school-facts');
  const { loadIndicatorReport } = await import('@/lib/server/indicators/load-report');
  const { KEY_PARTS, loadSchoolCounts } = await import('@/lib/server/indicators/school-counts');
  const { listCampaigns } = await import('@/lib/server/monitoring/list-campaigns');

  const {
    url,
    sizes: [regions, schools, staff],
  } = urlAndSizes(process.argv.slice(2), [85, 40_000, 60]);
  const plan = countrySizes(regions, schools);

  let stop = async () => {};
  let countryUrl: string;
  let oneUrl: string;
  if (url) {
    countryUrl = url;
    const u = new URL(url);
    const name = `${u.pathname.slice(1)}_one_region`;
    await ensureDatabase(url, name);
    u.pathname = `/${name}`;
    oneUrl = u.toString();
  } else {
    // A server sized for a country's 4.5 GB, as one serving it would be: with the default
    // 128 MB of shared buffers the region's pages are read back from the OS cache on each run.
    const pg = await startThrowawayPostgres('nastavnik-bench-country', { shared_buffers: '1GB' });
    await ensureDatabase(pg.adminUrl, 'country');
    await ensureDatabase(pg.adminUrl, 'one_region');
    countryUrl = pg.urlFor('country');
    oneUrl = pg.urlFor('one_region');
    stop = () => pg.stop();
  }

  const open = (target: string) => {
    const c = connect(target, 10);
    c.pool.on('error', () => {});
    return { ...c, statementsOf: statementRecorder(c.pool) };
  };
  const country = open(countryUrl);
  const one = open(oneUrl);
  try {
    const today = new Date().toLocaleDateString('sv-SE');
    /** The largest generated region of a database, generating `only` first when there is none. */
    const prepare = async (d: typeof country, label: string, only?: number[]) => {
      await runMigrations(d.db);
      const largest = async () =>
        (
          await d.pool.query<{ id: string }>(
            `select r.id from organizations r join organizations s on s.path like r.path || '%' and s.kind = 'school'
             where r.kind = 'region' and r.short_name like $1 group by r.id order by count(*) desc limit 1`,
            [MARK],
          )
        ).rows[0]?.id;
      let id = await largest();
      let generated: Awaited<ReturnType<typeof generateCountry>> | null = null;
      if (!id) {
        console.log(`Generating ${label}…`);
        generated = await generateCountry(d.pool, { regions: plan, staff, only, log: (l) => console.log(`  ${l}`) });
        const total = Object.values(generated.rows).reduce((a, b) => a + b, 0);
        console.log(`  ${total} rows in ${(generated.ms / 1000).toFixed(1)} s (with ANALYZE)`);
        console.log(`  ${Object.entries(generated.rows).map(([t, n]) => `${t} ${n}`).join(', ')}`);
        id = (await largest())!;
      }
      const { rows } = await d.pool.query<{ size: string; schools: number; people: number; pupils: number }>(
        `select pg_size_pretty(pg_database_size(current_database())) as size, (select count(*)::int from organizations where kind = 'school') as schools,
           (select count(*)::int from people) as people, (select count(*)::int from pupils) as pupils`,
      );
      console.log(`${label}: ${rows[0]!.schools} schools, ${rows[0]!.people} staff, ${rows[0]!.pupils} pupils; database ${rows[0]!.size}\n`);
      return { id, generated };
    };
    const c = await prepare(country, `the country (${plan.length} regions)`);
    const o = await prepare(one, 'one region (the largest alone)', [0]);

    const scopes = async (d: typeof country, regionId: string) => {
      const first = async (sql: string, params: unknown[]) => (await d.pool.query<{ id: string }>(sql, params)).rows[0]!.id;
      const region = (await loadScope(d.db, await first(`select id from users where organization_id = $1 and role = 'region_operator' limit 1`, [regionId])))!;
      const districtId = await first(`select id from organizations where parent_id = $1 order by short_name limit 1`, [regionId]);
      const district = (await loadScope(d.db, await first(`select id from users where organization_id = $1 and role = 'district_coordinator' limit 1`, [districtId])))!;
      const districtSchools = (await d.pool.query<{ id: string }>(`select id from organizations where parent_id = $1 order by id`, [districtId])).rows.map((r) => r.id);
      return { region, district, districtSchools };
    };
    const sc = { country: await scopes(country, c.id), one: await scopes(one, o.id) };

    // The same region in both: its indicators must agree with each other and with the generator.
    const reportOf = (d: typeof country, s: typeof sc.country) => loadIndicatorReport(d.db, s.region, { referenceDate: today });
    const [cr, or] = await Promise.all([reportOf(country, sc.country), reportOf(one, sc.one)]);
    const expected = (c.generated ?? o.generated)?.regions.find((r) => r.no === 0)?.expected;
    const wrong = [...new Set([...countsDiffer(cr.total, or.total), ...(expected ? countsDiffer(cr.total, expected) : [])])];
    console.log(
      `Indicators of the largest region (${cr.rows.length} districts, ${cr.schools.length} schools), country against one region${expected ? ' and the generator' : ''}: ${
        wrong.length ? `MISMATCH in ${wrong.join(', ')}` : 'all counts agree'
      }`,
    );
    if (wrong.length) console.log({ country: cr.total, oneRegion: or.total, generated: expected });
    let failed = wrong.length > 0;

    type Db = typeof country.db;
    type S = typeof sc.country;
    const cases: { name: string; run: (d: Db, s: S) => Promise<unknown>; goal: number; plan: 'full' | 'scans' }[] = [
      {
        name: 'region dashboard (3 loaders in parallel)',
        run: (d, s) =>
          Promise.all([regionSummary(d, s.region), loadIndicatorReport(d, s.region, { referenceDate: today, parts: KEY_PARTS }), listCampaigns(d, s.region)]),
        goal: GOAL_MS,
        plan: 'scans',
      },
      { name: '  regionSummary', run: (d, s) => regionSummary(d, s.region), goal: GOAL_MS, plan: 'full' },
      { name: 'indicators page: region, every count', run: (d, s) => loadIndicatorReport(d, s.region, { referenceDate: today }), goal: INDICATORS_GOAL_MS, plan: 'full' },
      {
        name: '  student indicators only (region)',
        run: (d, s) => loadSchoolCounts(d, s.region, s.region.orgPath, today, ['students']),
        goal: GOAL_MS,
        plan: 'scans',
      },
      { name: 'indicators page: one district', run: (d, s) => loadIndicatorReport(d, s.district, { referenceDate: today }), goal: GOAL_MS, plan: 'scans' },
      { name: 'district progress board: loadSchoolsFacts', run: (d, s) => loadSchoolsFacts(d, s.district, s.districtSchools), goal: GOAL_MS, plan: 'scans' },
    ];
    console.log(
      `\nload average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} on ${os.cpus().length} cores: other processes slow every figure below`,
    );
    const buffers = (await country.pool.query<{ shared_buffers: string }>('show shared_buffers')).rows[0]!.shared_buffers;
    console.log(
      `median of ${RUNS} runs after ${WARM_UP} warm-up, the two databases in alternation on one server (shared_buffers ${buffers}); district of ${sc.country.districtSchools.length} schools`,
    );
    console.log(`${''.padEnd(44)} ${'country'.padStart(9)} ${'1 region'.padStart(9)} ${'ratio'.padStart(6)}`);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const time = async (f: () => Promise<unknown>) => {
      const start = performance.now();
      await f();
      return performance.now() - start;
    };
    for (const { name, run, goal } of cases) {
      for (let i = 0; i < WARM_UP; i++) {
        await run(country.db, sc.country);
        await run(one.db, sc.one);
      }
      const tc: number[] = [];
      const to: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        // Alternate which goes first, so neither always runs on the other's warmed caches.
        if (i % 2) {
          tc.push(await time(() => run(country.db, sc.country)));
          to.push(await time(() => run(one.db, sc.one)));
        } else {
          to.push(await time(() => run(one.db, sc.one)));
          tc.push(await time(() => run(country.db, sc.country)));
        }
      }
      const [mc, mo] = [median(tc), median(to)];
      const ratio = mc / mo;
      const verdict = [mc > goal ? `SLOW (goal ${goal} ms)` : `ok ≤ ${goal}`, ratio > RATIO_LIMIT ? 'SLOWER ON THE COUNTRY' : ''].filter(Boolean).join(', ');
      failed ||= mc > goal || ratio > RATIO_LIMIT;
      console.log(`${name.padEnd(44)} ${mc.toFixed(1).padStart(9)} ${mo.toFixed(1).padStart(9)} ${ratio.toFixed(2).padStart(6)}  ${verdict}`);
    }

    console.log('\n== Plans on the country: EXPLAIN (ANALYZE, BUFFERS)');
    const large = await largeTables(country.pool);
    // At country scale any sequential scan of a large table reads every region's rows.
    const seqScans: string[] = [];
    for (const { name, run, plan: how } of cases) {
      for (const [i, statement] of (await country.statementsOf((d) => run(d, sc.country))).entries()) {
        const title = `${name.trim()} #${i + 1}`;
        const seqBig = await explain(country.pool, large, title, statement, how === 'full');
        if (seqBig.length) seqScans.push(`${title}: ${seqBig.join('; ')}`);
      }
    }
    console.log(
      seqScans.length
        ? `\nStatements scanning a large table of the whole country:\n  ${seqScans.join('\n  ')}`
        : '\nEvery statement reaches the large tables through indexes: no statement reads the whole country.',
    );
    failed ||= seqScans.length > 0;
    process.exitCode = failed ? 1 : 0;
  } finally {
    await country.pool.end();
    await one.pool.end();
    await stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
