// The embedded PostgreSQL recovers on its own: a stale postmaster.pid that names some other
// process never gets that process killed, and a server killed with SIGKILL is restarted on
// the same port, where the app's pool reconnects within 10 s.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '@/db/client';
import { type EmbeddedServer, runningPostgres, startEmbeddedPostgres } from '@/db/embedded';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nastavnik-recovery-'));
fs.chmodSync(root, 0o755);
const dataDir = path.join(root, 'pg');
const started: EmbeddedServer[] = [];
const children: ChildProcess[] = [];

afterAll(async () => {
  for (const s of started) await s.stop().catch(() => undefined);
  for (const c of children) c.kill('SIGKILL');
  fs.rmSync(root, { recursive: true, force: true });
}, 60_000);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('embedded PostgreSQL', () => {
  it('leaves alone a foreign process named by a stale postmaster.pid and starts anyway', async () => {
    const first = await startEmbeddedPostgres({ dataDir });
    const pidFile = fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
    await first.stop();

    const foreign = spawn('sleep', ['1000'], { stdio: 'ignore' });
    children.push(foreign);
    pidFile[0] = String(foreign.pid);
    fs.writeFileSync(path.join(dataDir, 'postmaster.pid'), pidFile.join('\n'));
    expect(runningPostgres(dataDir)).toBeNull();

    const second = await startEmbeddedPostgres({ dataDir });
    started.push(second);
    expect(alive(foreign.pid!)).toBe(true);
    expect(foreign.exitCode).toBeNull();
    const { pool } = connect(second.adminUrl, 1);
    expect((await pool.query('select 1 as one')).rows[0].one).toBe(1);
    await pool.end();
    await second.stop();
    started.pop();
  }, 60_000);

  it('restarts a server killed with SIGKILL; the pool serves again within 10 s', async () => {
    const server = await startEmbeddedPostgres({ dataDir, supervise: true });
    started.push(server);
    const { pool } = connect(server.adminUrl, 2);
    try {
      await pool.query('select 1');
      const running = runningPostgres(dataDir)!;
      expect(running).not.toBeNull();
      process.kill(running.pid, 'SIGKILL');
      const killedAt = Date.now();
      let recovered = 0;
      while (Date.now() - killedAt < 15_000) {
        try {
          // A backend of the killed postmaster may still answer for a moment: wait for the new server.
          const now = runningPostgres(dataDir);
          if (now && now.pid !== running.pid) {
            await pool.query('select 1');
            recovered = Date.now() - killedAt;
            break;
          }
          await new Promise((r) => setTimeout(r, 100));
        } catch {
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      expect(recovered).toBeGreaterThan(0);
      expect(recovered).toBeLessThan(10_000);
      expect(alive(running.pid)).toBe(false);
    } finally {
      await pool.end();
    }
  }, 60_000);
});
