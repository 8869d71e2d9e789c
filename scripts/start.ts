// `npm start`: database (embedded unless DATABASE_URL is set) → migrations → demo data (the
// embedded database, or `--demo`) → production build when the sources changed → the production
// server (scripts/cluster.cjs). Prints the demo logins when there are any.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { connect } from '@/db/client';
import { freePort } from '@/db/embedded';
import { runMigrations } from '@/db/migrate';
import { DEMO_PASSWORD, seedDemo } from '@/db/seed';
import { pruneLoginAttempts } from '@/lib/server/auth/rate-limit';
import { eraseDuePersonalData } from '@/lib/server/people/erase-withdrawn';
import { buildIsStale } from './build-state';
import { resolveDatabase } from './database';
import { sessionSecret } from './secret';

process.env.NEXT_TELEMETRY_DISABLED = '1';
const nextBin = createRequire(__filename).resolve('next/dist/bin/next');
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);

function run(args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return spawn(process.execPath, [nextBin, ...args], { stdio: 'inherit', env });
}

/** Production serving: one server (scripts/server.cjs) per core behind the cluster module. */
function serve(port: number, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [path.join(__dirname, 'cluster.cjs'), '-p', String(port)], { stdio: 'inherit', env });
}

function exited(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer().once('error', () => resolve(false));
    srv.listen(port, '0.0.0.0', () => srv.close(() => resolve(true)));
  });
}

async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Сервер не ответил за ${timeoutMs / 1000} с: ${url}`);
}

async function main() {
  const dev = process.argv.includes('--dev');
  // A real server's database never gets accounts whose password is printed in the README unless asked.
  const wantDemo = process.argv.includes('--demo');
  // The build needs no database, so it runs while the database starts.
  const build = !dev && buildIsStale() ? (console.log('Сборка приложения…'), run(['build'])) : null;

  const database = await resolveDatabase();
  console.log(database.embedded ? `Встроенный PostgreSQL запущен (${seconds()} с)` : 'Используется DATABASE_URL');
  const { db, pool } = connect(database.url, 2);
  await runMigrations(db);
  const logins = database.embedded || wantDemo ? await seedDemo(db) : null;
  await pruneLoginAttempts(db);
  // Withdrawn personal-data consents: what only they covered goes within 30 days (ст. 21 152-ФЗ).
  const erased = await eraseDuePersonalData(db, new Date().toLocaleDateString('sv-SE'));
  if (erased) console.log(`Удалены данные по отозванным согласиям: ${erased}`);
  await pool.end();

  if (build && (await exited(build)) !== 0) throw new Error('Сборка не удалась.');

  const preferred = Number(process.env.PORT ?? 3000);
  const port = (await portIsFree(preferred)) ? preferred : await freePort();
  const url = `http://localhost:${port}`;
  const env = { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: sessionSecret(), NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url };
  const server = dev ? run(['dev', '-p', String(port)], env) : serve(port, env);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    // Requests in flight finish first; only then does PostgreSQL stop (a clean shutdown, no recovery on the next start).
    const serverExited = server.exitCode === null && server.signalCode === null ? exited(server) : Promise.resolve(0);
    server.kill('SIGTERM');
    await serverExited;
    await database.embedded?.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  void exited(server).then((code) => stop(code));

  await waitForHttp(`${url}/login`);
  console.log(`\nНаставник готов за ${seconds()} с: ${url}`);
  if (!logins) {
    console.log('Демонстрационные данные не загружены (DATABASE_URL без --demo). Первый регион: npm run setup -- --region "…" --email …');
    return;
  }
  console.log(`Демо-входы (пароль для всех: ${DEMO_PASSWORD}):`);
  for (const l of logins) console.log(`  ${l.role.padEnd(28)} ${l.email}  ${l.note}`);
}

main().catch(async (e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
