// Region-scale benchmark: on a generated region (50 districts × 40 schools × 60 staff by
// default, scripts/generate-region.ts) the server time of the region dashboard's data
// functions, the indicator queries and the district progress board's facts, called
// directly with a region or district scope: median of RUNS after WARM_UP. Then every SQL
// statement they send is run under EXPLAIN (ANALYZE, BUFFERS): the main plans are printed
// in full, the rest as the scans they use. Goal: ≤ 200 ms each.
//   npx tsx bench/region.ts [DATABASE_URL] [districts] [schools] [staff]
// With a URL the latest generated region there is used (generated first if there is none);
// without one a throwaway embedded PostgreSQL is created and removed.
import { runUnderReactServer } from '@/scripts/react-server';

runUnderReactServer();

const WARM_UP = 3;
const RUNS = 15;
const GOAL_MS = 200;
async function main() {
  const os = await import('node:os');
  const { connect } = await import('@/db/client');
  const { postgresCpuMs } = await import('./support/proc-cpu');
  const { explain, largeTables, statementRecorder } = await import('./support/plans');
  const { runMigrations } = await import('@/db/migrate');
  const { givenOrThrowaway, urlAndSizes } = await import('@/scripts/database');
  const { generateRegion } = await import('@/scripts/generate-region');
  const { loadScope } = await import('@/lib/server/auth/scope');
  const { regionSummary } = await import('@/lib/server/dashboard/region-summary');
  const { loadIndicatorReport } = await import('@/lib/server/indicators/load-report');
  const { KEY_PARTS } = await import('@/lib/server/indicators/school-counts');
  const { listCampaigns } = await import('@/lib/server/monitoring/list-campaigns');
  const { campaignSubmissions } = await import('@/lib/server/monitoring/submissions');
  const { COUNT_KEYS } = await import('@/lib/domain/indicators/compute');
  // Written by the district board's feature; measured when it is there.
  const schoolFacts = (await import('@/lib/server/dashboard/school-facts').catch(() => null)) as {
    loadSchoolsFacts?: (db: unknown, scope: unknown, ids: string[]) => Promise<Map<string, unknown>>;
  } | null;

  const {
    url,
    sizes: [districts, schools, staff],
  } = urlAndSizes(process.argv.slice(2), [50, 40, 60]);
  // Shared buffers for the region's 460 MB, as for the country (bench/country.ts).
  const { url: target, stop } = await givenOrThrowaway(url, 'region', { shared_buffers: '1GB' });
  const { db, pool } = connect(target, 10);
  pool.on('error', () => {});
  const statementsOf = statementRecorder(pool);
  try {
    await runMigrations(db);
    let generated: Awaited<ReturnType<typeof generateRegion>> | null = null;
    let { rows: found } = await pool.query<{ id: string }>(
      `select id from organizations where kind = 'region' and short_name like 'Нагрузочный регион %' order by created_at desc limit 1`,
    );
    if (!found[0]) {
      console.log(`Generating ${districts} districts × ${schools} schools × ${staff} staff…`);
      generated = await generateRegion(pool, { districts, schools, staff, log: (l) => console.log(`  ${l}`) });
      console.log(`  generated ${generated.rows} rows in ${(generated.ms / 1000).toFixed(1)} s\n`);
      found = [{ id: generated.regionId }];
    }
    const regionId = found[0]!.id;
    const account = async (sql: string, params: unknown[]) => (await pool.query<{ id: string }>(sql, params)).rows[0]!.id;
    const regionScope = (await loadScope(
      db,
      await account(`select id from users where organization_id = $1 and role = 'region_operator' limit 1`, [regionId]),
    ))!;
    const districtId = await account(`select id from organizations where parent_id = $1 order by short_name limit 1`, [regionId]);
    const districtScope = (await loadScope(
      db,
      await account(`select id from users where organization_id = $1 and role = 'district_coordinator' limit 1`, [districtId]),
    ))!;
    const districtSchools = (await pool.query<{ id: string }>(`select id from organizations where parent_id = $1`, [districtId])).rows.map((r) => r.id);
    const campaignId = await account(`select id from monitoring_campaigns where organization_id = $1 order by created_at desc limit 1`, [regionId]);
    const today = new Date().toLocaleDateString('sv-SE');
    const counts = await pool.query<{ people: number; schools: number }>(
      `select (select count(*)::int from people) as people, (select count(*)::int from organizations where kind = 'school') as schools`,
    );
    console.log(`Database: ${counts.rows[0]!.schools} schools, ${counts.rows[0]!.people} people; district of ${districtSchools.length} schools.\n`);

    type Db = typeof db;
    /** `plan`: print the full plans of its statements (otherwise the scans they use); null: not explained. */
    // A region-wide aggregate reads whole tables of the region and a sequential scan is the
    // right plan; district-level statements must find their rows through indexes.
    const cases: { name: string; run: (d: Db) => Promise<unknown>; plan: 'full' | 'scans' | null; district?: true }[] = [
      { name: 'region dashboard: regionSummary', run: (d) => regionSummary(d, regionScope), plan: 'full' },
      { name: 'region dashboard: key indicators', run: (d) => loadIndicatorReport(d, regionScope, { referenceDate: today, parts: KEY_PARTS }), plan: null },
      { name: 'region dashboard: listCampaigns', run: (d) => listCampaigns(d, regionScope), plan: 'scans' },
      {
        name: 'region dashboard: all three in parallel',
        run: (d) =>
          Promise.all([
            regionSummary(d, regionScope),
            loadIndicatorReport(d, regionScope, { referenceDate: today, parts: KEY_PARTS }),
            listCampaigns(d, regionScope),
          ]),
        plan: null,
      },
      { name: 'indicators page: region, every count', run: (d) => loadIndicatorReport(d, regionScope, { referenceDate: today }), plan: 'full' },
      {
        name: 'indicators page: one district (district scope)',
        run: (d) => loadIndicatorReport(d, districtScope, { referenceDate: today }),
        plan: 'scans',
        district: true,
      },
      { name: 'monitoring: who submitted (region)', run: (d) => campaignSubmissions(d, regionScope, campaignId), plan: 'scans' },
    ];
    const load = schoolFacts?.loadSchoolsFacts;
    if (load)
      cases.push({
        name: `district board: loadSchoolsFacts (${districtSchools.length} schools)`,
        run: (d) => load(d, districtScope, districtSchools),
        plan: 'scans',
        district: true,
      });
    else console.log('loadSchoolsFacts not found: the district board is not measured.');
    console.log(
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} on ${os.cpus().length} cores: other processes slow every figure below`,
    );

    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    // CPU time of the PostgreSQL server and of this process: unlike wall time it does not grow
    // when other processes compete for the cores. Only for a server on this machine.
    const backendPid = (await pool.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
    const pgCpuMs = () => postgresCpuMs(backendPid);
    const buffers = (await pool.query<{ shared_buffers: string }>('show shared_buffers')).rows[0]!.shared_buffers;
    console.log(
      `wall: median of ${RUNS} runs after ${WARM_UP} warm-up (goal ≤ ${GOAL_MS} ms; shared_buffers ${buffers}); cpu: PostgreSQL + Node per run, mean`,
    );
    console.log(`${''.padEnd(52)} ${'wall ms'.padStart(8)} ${'cpu ms'.padStart(8)}`);
    let failed = false;
    for (const { name, run } of cases) {
      for (let i = 0; i < WARM_UP; i++) await run(db);
      const times: number[] = [];
      const pgBefore = pgCpuMs();
      const nodeBefore = process.cpuUsage();
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        await run(db);
        times.push(performance.now() - start);
      }
      const node = process.cpuUsage(nodeBefore);
      const pgAfter = pgCpuMs();
      const cpu = pgBefore === null || pgAfter === null ? null : (pgAfter - pgBefore + (node.user + node.system) / 1000) / RUNS;
      const m = median(times);
      failed ||= m > GOAL_MS;
      console.log(`${name.padEnd(52)} ${m.toFixed(1).padStart(8)} ${(cpu === null ? '—' : cpu.toFixed(1)).padStart(8)}  ${m <= GOAL_MS ? 'ok' : 'SLOW'}`);
    }

    if (generated) {
      const report = await loadIndicatorReport(db, regionScope, { referenceDate: generated.today });
      const wrong = COUNT_KEYS.filter((k) => report.total[k] !== generated!.expected[k]);
      console.log(`\nIndicators of the region against what the generator inserted: ${wrong.length ? `MISMATCH in ${wrong.join(', ')}` : 'all counts agree'}`);
      if (wrong.length) console.log({ sql: report.total, generated: generated.expected });
      failed ||= wrong.length > 0;
    }

    console.log('\n== Plans: EXPLAIN (ANALYZE, BUFFERS)');
    const large = await largeTables(pool);
    const seqScansInDistrict: string[] = [];
    for (const { name, run, plan, district } of cases) {
      if (!plan) continue;
      for (const [i, statement] of (await statementsOf(run)).entries()) {
        const seqBig = await explain(pool, large, `${name} #${i + 1}`, statement, plan === 'full');
        if (seqBig.length && district) seqScansInDistrict.push(`${name} #${i + 1}: ${seqBig.join('; ')}`);
      }
    }
    console.log(
      seqScansInDistrict.length
        ? `\nDistrict-level statements scanning large tables sequentially:\n  ${seqScansInDistrict.join('\n  ')}`
        : '\nEvery district-level statement reaches the large tables through indexes.',
    );
    process.exitCode = failed ? 1 : 0;
  } finally {
    await pool.end();
    await stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
