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

export interface BenchApp {
  url: string;
  /** The database the server runs on, for benchmarks that write through the app's operations. */
  databaseUrl: string;
  stop(): Promise<void>;
}

export async function startBenchApp(): Promise<BenchApp> {
  if (!fs.existsSync(`${process.env.NEXT_DIST_DIR || '.next'}/BUILD_ID`)) throw new Error('Run `npx next build` first.');
  const pg = await startThrowawayPostgres('nastavnik-bench');
  await ensureDatabase(pg.adminUrl, 'bench');
  const { db, pool } = connect(pg.urlFor('bench'), 2);
  await runMigrations(db);
  await seedDemo(db);
  await pool.end();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // Served as `npm start` serves it: one worker per core (scripts/cluster.cjs).
  // BENCH_CLUSTER_SCRIPT: another copy of the server scripts, to compare two versions of them in one run.
  const script = process.env.BENCH_CLUSTER_SCRIPT || path.join(process.cwd(), 'scripts/cluster.cjs');
  const child: ChildProcess = spawn(process.execPath, [script, '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: pg.urlFor('bench'), NEXTAUTH_SECRET: randomBytes(32).toString('hex'), NEXTAUTH_URL: url },
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
    async stop() {
      child.kill('SIGTERM');
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
