// Global setup of the end-to-end tests: PostgreSQL with the demo data, and the production
// build served by `next start` on a free port. `npm test` builds first; a missing build
// fails the run rather than skipping the browser tests.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node';
import { connect } from '@/db/client';
import { freePort } from '@/db/embedded';
import { seedDemo } from '@/db/seed';
import { startTestPostgres, TEMPLATE_DB } from './global-db';

async function waitFor(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`next start did not answer within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject) {
  if (!fs.existsSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npm test` (it runs `next build` first) or `npx next build`.');
  }
  const pg = await startTestPostgres();
  const admin = new Client({ connectionString: pg.server.adminUrl });
  await admin.connect();
  await admin.query(`create database e2e template ${TEMPLATE_DB}`);
  await admin.end();
  const databaseUrl = pg.server.urlFor('e2e');
  const { db, pool } = connect(databaseUrl, 1);
  await seedDemo(db);
  await pool.end();

  const port = await freePort();
  const appUrl = `http://127.0.0.1:${port}`;
  const nextBin = createRequire(__filename).resolve('next/dist/bin/next');
  const log: string[] = [];
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString('hex'),
      NEXTAUTH_URL: appUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => log.push(String(d)));
  child.stderr?.on('data', (d) => log.push(String(d)));
  try {
    await waitFor(`${appUrl}/login`, child);
  } catch (e) {
    child.kill('SIGKILL');
    await pg.stop();
    throw new Error(`${(e as Error).message}\n${log.join('')}`);
  }
  project.provide('pgAdminUrl', pg.server.adminUrl);
  project.provide('appUrl', appUrl);
  project.provide('appDatabaseUrl', databaseUrl);
  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    if (process.env.E2E_SERVER_LOG) console.log(log.join(''));
    await pg.stop();
  };
}
