// Page latency under load: the login page and role dashboards, 50 concurrent connections
// on loopback, against the production server (scripts/cluster.cjs) on the real (embedded) PostgreSQL with the demo data.
// Goal: p95 ≤ 100 ms. Each dashboard is measured twice: as served (repeated views answered
// by the page cache while the database is unchanged) and rendered on every request (a new
// query string each time, so the cache never answers: the cost after every write).
// Run: npx tsx bench/pages.ts [seconds per page, default 10]
import autocannon from 'autocannon';
import { DEMO_PASSWORD } from '@/db/seed';
import { sessionCookie, startBenchApp } from './support/app-server';

const SECONDS = Number(process.argv[2] ?? 10);
const CONNECTIONS = 50;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** autocannon reports p97.5 but not p95, so response times are collected here. */
function load(url: string, cookie?: string, everyRequestNew = false) {
  return new Promise<{ p50: number; p95: number; p99: number; rps: number; bad: number }>((resolve, reject) => {
    const times: number[] = [];
    let n = 0;
    const requests = everyRequestNew ? [{ setupRequest: (r: autocannon.Request) => ({ ...r, path: `${new URL(url).pathname}?r=${n++}` }) }] : undefined;
    const instance = autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers: cookie ? { cookie } : {}, requests }, (err, result) => {
      if (err) return reject(err);
      times.sort((a, b) => a - b);
      resolve({
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        p99: percentile(times, 99),
        rps: result.requests.average,
        bad: result.non2xx + result.errors + result.timeouts,
      });
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

async function main() {
  const app = await startBenchApp();
  try {
    const dashboards: [string, string][] = [
      ['district dashboard (28 schools)', 'district@nastavnik.demo'],
      ['school dashboard (path)', 'head1@nastavnik.demo'],
      ['region dashboard', 'region@nastavnik.demo'],
      ['teacher dashboard', 'durnovo.la@school1.biysk.example'],
    ];
    const pages: [string, string, string | null, boolean][] = [
      ['login page', '/login', null, false],
      ...dashboards.map(([name, email]): [string, string, string, boolean] => [name, '/dashboard', email, false]),
      ...dashboards.map(([name, email]): [string, string, string, boolean] => [`${name}, no cache`, '/dashboard', email, true]),
    ];
    console.log(`${CONNECTIONS} connections, ${SECONDS} s per page\n`);
    console.log('page                                       p50 ms  p95 ms  p99 ms    req/s  non-2xx/errors');
    for (const [name, path, email, everyRequestNew] of pages) {
      const cookie = email ? await sessionCookie(app.url, email, DEMO_PASSWORD) : undefined;
      await load(`${app.url}${path}`, cookie, everyRequestNew).then(() => undefined); // warm-up pass is discarded
      const r = await load(`${app.url}${path}`, cookie, everyRequestNew);
      console.log(
        `${name.padEnd(41)} ${r.p50.toFixed(1).padStart(7)} ${r.p95.toFixed(1).padStart(7)} ${r.p99.toFixed(1).padStart(7)} ${r.rps.toFixed(0).padStart(8)}  ${r.bad}`,
      );
    }
  } finally {
    await app.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
