// For benchmarks: a throwaway embedded PostgreSQL with the demo data and the production server on it.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { connect } from '@/db/client';
import { freePort, startThrowawayPostgres } from '@/db/embedded';
import { runMigrations } from '@/db/migrate';
import { seedDemo } from '@/db/seed';
import { ensureDatabase } from '@/scripts/database';
import { countQueries, type QueryCounter } from './pg-counter';
import { childPids } from './proc-cpu';

export interface BenchApp {
  url: string;
  /** The database the server runs on, for benchmarks that write through the app's operations. */
  databaseUrl: string;
  /** The process serving requests (with one worker: that worker), for reading its CPU time. */
  serverPid(): number;
  /** Queries the server sent so far (with `countQueries`; otherwise NaN). */
  roundTrips(): number;
  stop(): Promise<void>;
}

/**
 * `workers`: the cluster's worker count (default one per core, as `npm start`).
 * `countQueries`: the server reaches PostgreSQL through a relay that counts its round trips.
 */
export async function startBenchApp(opts: { workers?: number; countQueries?: boolean } = {}): Promise<BenchApp> {
  if (!fs.existsSync(`${process.env.NEXT_DIST_DIR || '.next'}/BUILD_ID`)) throw new Error('Run `npx next build` first.');
  const pg = await startThrowawayPostgres('nastavnik-bench');
  await ensureDatabase(pg.adminUrl, 'bench');
  const { db, pool } = connect(pg.urlFor('bench'), 2);
  await runMigrations(db);
  await seedDemo(db);
  await pool.end();
  const counter: QueryCounter | null = opts.countQueries ? await countQueries(pg.urlFor('bench')) : null;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // Served as `npm start` serves it: one worker per core (scripts/cluster.cjs).
  // BENCH_SERVER_NODE_ARGS: flags for the server's node, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
  // BENCH_CLUSTER_SCRIPT: another copy of the server scripts, to compare two versions of them in one run.
  const script = process.env.BENCH_CLUSTER_SCRIPT || path.join(process.cwd(), 'scripts/cluster.cjs');
  const child: ChildProcess = spawn(process.execPath, [...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []), script, '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, ...(opts.workers ? { WEB_CONCURRENCY: String(opts.workers) } : {}), NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXTAUTH_SECRET: randomBytes(32).toString('hex'), NEXTAUTH_URL: url, DATABASE_URL: counter?.url ?? pg.urlFor('bench') },
    stdio: 'ignore',
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${url}/login`)).ok) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    databaseUrl: pg.urlFor('bench'),
    serverPid() {
      const workers = childPids(child.pid!);
      return workers.length === 1 ? workers[0]! : child.pid!;
    },
    roundTrips: () => counter?.count() ?? NaN,
    async stop() {
      child.kill('SIGTERM');
      await counter?.close();
      await pg.stop();
    },
  };
}

/** Signs in through next-auth's credentials endpoint and returns the Cookie header. */
export async function sessionCookie(url: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = csrfRes.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const res = await fetch(`${url}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const session = res.headers.getSetCookie().find((c) => c.includes('session-token'));
  if (!session) throw new Error(`sign-in failed for ${email}: ${res.status}`);
  return session.split(';')[0]!;
}
