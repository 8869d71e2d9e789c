// One end-to-end application: its own database (copied from the seeded demo template) and
// the production server (scripts/server.cjs: Next.js behind the page cache) on a free port.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '@/db/embedded';

const DEMO_TEMPLATE_DB = 'demo_template';

export interface E2eApp {
  url: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

async function waitFor(url: string, child: ChildProcess, log: string[], timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}\n${log.join('')}`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not answer within ${timeoutMs} ms\n${log.join('')}`);
}

export async function startE2eApp(adminUrl: string): Promise<E2eApp> {
  const name = `e2e_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${DEMO_TEMPLATE_DB}`);
  await admin.end();
  const databaseUrl = adminUrl.replace(/\/postgres$/, `/${name}`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log: string[] = [];
  const child = spawn(process.execPath, [path.join(process.cwd(), 'scripts/server.cjs'), '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString('hex'),
      NEXTAUTH_URL: url,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => log.push(String(d)));
  child.stderr?.on('data', (d) => log.push(String(d)));
  try {
    await waitFor(`${url}/login`, child, log);
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  }
  return {
    url,
    databaseUrl,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
      if (process.env.E2E_SERVER_LOG) console.log(log.join(''));
    },
  };
}
