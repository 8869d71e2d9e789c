// Server modules import 'server-only', which resolves to an empty module only under the
// react-server condition: a script that imports them runs itself again with it.
import { spawnSync } from 'node:child_process';

/** Unless this process has the react-server condition, runs it again with it (and `flags`) and exits with its status. */
export function runUnderReactServer(flags: string[] = []): void {
  if (process.execArgv.some((a) => a.includes('react-server'))) return;
  const r = spawnSync(process.execPath, ['--conditions=react-server', ...flags, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
