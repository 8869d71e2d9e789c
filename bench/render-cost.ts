// What one uncached render costs: each role's dashboard and the busiest lists, rendered by the
// production server (one worker, so its CPU is that worker's) with a new query string per
// request so the page cache never answers — the cost every page pays after a write touching it.
// Sequential requests, one at a time; per page it prints the median wall time, the mean CPU of
// the Node worker and of PostgreSQL per render, the database round trips per render (counted by a
// relay between the server and PostgreSQL), and the HTML and RSC (client
// navigation) payload sizes. Goal: ≤ 5 ms of Node CPU for the school dashboard.
//   npx tsx bench/render-cost.ts [renders per page, default 40] [only the pages whose name contains this]
import os from 'node:os';
import { Pool } from 'pg';
import { DEMO_PASSWORD } from '@/db/seed';
import { sessionCookie, startBenchApp } from './support/app-server';
import { postgresCpuMs, processCpuMs } from './support/proc-cpu';

const RENDERS = Number(process.argv[2] ?? 40);
const ONLY = process.argv[3] ?? '';
const WARM_UP = 10;
const GOAL_SCHOOL_DASHBOARD_CPU_MS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const app = await startBenchApp({ workers: 1, countQueries: true });
  const pool = new Pool({ connectionString: app.databaseUrl, max: 1, idleTimeoutMillis: 0 });
  pool.on('error', () => undefined); // the server stopping at the end cuts the connection
  try {
    const curator = (await pool.query<{ email: string }>(`select email from users where role = 'curator' order by email limit 1`)).rows[0]!.email;
    const teacher = 'durnovo.la@school1.biysk.example';
    const pages = (
      [
        // The frame alone (session, layout, menu) with a small form: the floor of every page.
        ['account page (head)', 'head1@nastavnik.demo', '/account'],
        ['school dashboard (head)', 'head1@nastavnik.demo', '/dashboard'],
      ['school dashboard (curator)', curator, '/dashboard'],
      ['teacher dashboard', teacher, '/dashboard'],
      ['district dashboard (28 schools)', 'district@nastavnik.demo', '/dashboard'],
      ['region dashboard', 'region@nastavnik.demo', '/dashboard'],
      ['staff list (head)', 'head1@nastavnik.demo', '/staff'],
      ['documents register (head)', 'head1@nastavnik.demo', '/documents'],
      ['students hub (head)', 'head1@nastavnik.demo', '/students'],
      ['pupil and mentor banks (head)', 'head1@nastavnik.demo', '/students/bases'],
      ['student pairs (head)', 'head1@nastavnik.demo', '/students/pairs'],
      ['district progress', 'district@nastavnik.demo', '/district/progress'],
      ] satisfies [string, string, string][]
    ).filter(([name]) => name.includes(ONLY));
    const backendPid = (await pool.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
    const worker = app.serverPid();
    const cookies = new Map<string, string>();
    for (const [, email] of pages) if (!cookies.has(email)) cookies.set(email, await sessionCookie(app.url, email, DEMO_PASSWORD));

    console.log(
      `${RENDERS} uncached renders per page, one at a time, one server worker; load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} on ${os.cpus().length} cores (wall time grows with it, CPU time hardly)`,
    );
    console.log('page                               wall ms  node cpu ms  pg cpu ms  round trips   HTML KB  RSC KB');
    for (const [name, email, path] of pages) {
      const cookie = cookies.get(email)!;
      let n = 0;
      const view = async (rsc = false) => {
        const res = await fetch(`${app.url}${path}?render=${n++}`, { headers: { cookie, ...(rsc ? { rsc: '1' } : {}) } });
        const body = await res.arrayBuffer();
        if (res.status !== 200 || (res.redirected && !rsc)) throw new Error(`${name}: ${path} answered ${res.status} ${res.url}`);
        return body.byteLength;
      };
      for (let i = 0; i < WARM_UP; i++) await view();
      const rscBytes = await view(true);
      const times: number[] = [];
      let htmlBytes = 0;
      const [nodeBefore, pgBefore, tripsBefore] = [processCpuMs(worker), postgresCpuMs(backendPid), app.roundTrips()];
      for (let i = 0; i < RENDERS; i++) {
        const t = performance.now();
        htmlBytes = await view();
        times.push(performance.now() - t);
      }
      const nodeMs = (processCpuMs(worker) - nodeBefore) / RENDERS;
      const pgAfter = postgresCpuMs(backendPid);
      const pgMs = pgBefore === null || pgAfter === null ? NaN : (pgAfter - pgBefore) / RENDERS;
      // The page cache's version check is one of them.
      const trips = (app.roundTrips() - tripsBefore) / RENDERS;
      console.log(
        `${name.padEnd(33)} ${median(times).toFixed(1).padStart(8)} ${nodeMs.toFixed(1).padStart(12)} ${pgMs.toFixed(1).padStart(10)} ${trips.toFixed(1).padStart(12)} ${(htmlBytes / 1024).toFixed(1).padStart(9)} ${(rscBytes / 1024).toFixed(1).padStart(7)}`,
      );
      if (path === '/dashboard' && email.startsWith('head1') && nodeMs > GOAL_SCHOOL_DASHBOARD_CPU_MS) {
        console.log(`    above the goal of ${GOAL_SCHOOL_DASHBOARD_CPU_MS} ms of CPU per render`);
      }
    }
  } finally {
    await pool.end();
    await app.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
