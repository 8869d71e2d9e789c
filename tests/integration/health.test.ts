// GET /health and the graceful SIGTERM of the production server (scripts/health.cjs, mounted
// by scripts/server.cjs before Next.js), on a real HTTP server and a real database.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHealthCheck, gracefulShutdown } from '@/scripts/health.cjs';
import { createTestDatabase, type TestDatabase } from '../support/db';

let t: TestDatabase;
const pools: Pool[] = [];
const servers: http.Server[] = [];
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  for (const s of servers) s.close();
  for (const p of pools) await p.end().catch(() => undefined);
  await t.close();
});

async function serve(handler: http.RequestListener) {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function health(url: string) {
  const pool = new Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 2000 });
  pool.on('error', () => undefined);
  pools.push(pool);
  const check = createHealthCheck(pool);
  const { url: base } = await serve((_req, res) => void check.respond(res));
  const res = await fetch(`${base}/health`);
  return { status: res.status, body: await res.json(), cache: res.headers.get('cache-control') };
}

describe('/health', () => {
  it('is 200 when the database answers and every migration is applied', async () => {
    expect(await health(t.url)).toEqual({ status: 200, body: { status: 'ok', database: 'ok', migrations: 'current' }, cache: 'no-store' });
  });

  it('is 503 when the database lacks the newest migration', async () => {
    const name = `h_${Math.random().toString(16).slice(2, 10)}`;
    const maintenance = new Pool({ connectionString: t.url, max: 1 });
    await maintenance.query(`create database ${name} template nastavnik_template`);
    await maintenance.end();
    const url = t.url.replace(/\/[^/]+$/, `/${name}`);
    const admin = new Pool({ connectionString: url, max: 1 });
    await admin.query('delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations)');
    await admin.end();
    const r = await health(url);
    expect(r.status).toBe(503);
    expect(r.body).toEqual({ status: 'unavailable', database: 'ok', migrations: 'behind' });
  });

  it('is 503 without a word of the error when the database is unreachable', async () => {
    const r = await health('postgres://postgres:x@127.0.0.1:1/nowhere');
    expect(r).toMatchObject({ status: 503, body: { status: 'unavailable', database: 'unreachable' } });
    expect(JSON.stringify(r.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
  });
});

describe('SIGTERM', () => {
  it('finishes the requests in flight, refuses new connections, then closes the pools and exits 0', async () => {
    const events: string[] = [];
    let exitCode: number | null = null;
    const exited = new Promise<void>((resolve) => {
      void serve((_req, res) => {
        setTimeout(() => {
          events.push('answered');
          res.end('готово');
        }, 700);
      }).then(({ server, url }) => {
        const stop = gracefulShutdown(server, {
          after: async () => events.push('pools closed'),
          exit: (code) => {
            exitCode = code;
            events.push('exit');
            resolve();
          },
        });
        const inFlight = fetch(url).then(async (r) => ({ status: r.status, body: await r.text() }));
        setTimeout(() => {
          stop();
          void fetch(url).then(
            () => events.push('new request served'),
            () => events.push('new request refused'),
          );
          void inFlight.then((r) => events.push(`client got ${r.status} ${r.body}`));
        }, 200);
      });
    });
    await exited;
    await new Promise((r) => setTimeout(r, 50));
    expect(exitCode).toBe(0);
    expect(events).toContain('client got 200 готово');
    expect(events).toContain('new request refused');
    expect(events.indexOf('answered')).toBeLessThan(events.indexOf('pools closed'));
    expect(events.indexOf('pools closed')).toBeLessThan(events.indexOf('exit'));
  });
});
