// Page latency under load: the login page and role dashboards, 50 concurrent connections
// on loopback, against `next start` on the real (embedded) PostgreSQL with the demo data.
// Goal: p95 ≤ 100 ms. Run: npx tsx bench/pages.ts [seconds per page, default 10]
import autocannon from 'autocannon';
import { DEMO_PASSWORD } from '@/db/seed';
import { sessionCookie, startBenchApp } from './support/app-server';

const SECONDS = Number(process.argv[2] ?? 10);
const CONNECTIONS = 50;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** autocannon reports p97.5 but not p95, so response times are collected here. */
function load(url: string, cookie?: string) {
  return new Promise<{ p50: number; p95: number; p99: number; rps: number; bad: number }>((resolve, reject) => {
    const times: number[] = [];
    const instance = autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers: cookie ? { cookie } : {} }, (err, result) => {
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
    const pages: [string, string, string | null][] = [
      ['login page', '/login', null],
      ['district dashboard (28 schools)', '/dashboard', 'district@nastavnik.demo'],
      ['school dashboard (path)', '/dashboard', 'head1@nastavnik.demo'],
      ['region dashboard', '/dashboard', 'region@nastavnik.demo'],
      ['teacher dashboard', '/dashboard', 'durnovo.la@school1.biysk.example'],
    ];
    console.log(`${CONNECTIONS} connections, ${SECONDS} s per page\n`);
    console.log('page                              p50 ms  p95 ms  p99 ms    req/s  non-2xx/errors');
    for (const [name, path, email] of pages) {
      const cookie = email ? await sessionCookie(app.url, email, DEMO_PASSWORD) : undefined;
      await load(`${app.url}${path}`, cookie).then(() => undefined); // warm-up pass is discarded
      const r = await load(`${app.url}${path}`, cookie);
      console.log(
        `${name.padEnd(32)} ${r.p50.toFixed(1).padStart(7)} ${r.p95.toFixed(1).padStart(7)} ${r.p99.toFixed(1).padStart(7)} ${r.rps.toFixed(0).padStart(8)}  ${r.bad}`,
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
