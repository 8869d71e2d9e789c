// CPU time of processes on this machine, from /proc: unlike wall time it does not grow when
// other processes compete for the cores.
import fs from 'node:fs';

const TICK_MS = 10; // USER_HZ = 100 on Linux

/** Fields of /proc/<pid>/stat after the command name: [0] state, [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime. */
function stat(pid: number | string): number[] {
  const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return text
    .slice(text.lastIndexOf(')') + 2)
    .split(' ')
    .map(Number);
}

/** The live children of process `parent`. */
export function childPids(parent: number): number[] {
  const children: number[] = [];
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (stat(pid)[1] === parent) children.push(Number(pid));
    } catch {
      // the process ended meanwhile
    }
  }
  return children;
}

/** User + system CPU of one process, in ms. */
export function processCpuMs(pid: number): number {
  const f = stat(pid);
  return (f[11]! + f[12]!) * TICK_MS;
}

/**
 * CPU of a PostgreSQL server, in ms: its postmaster (with the children it has reaped) and every
 * live child, found from the pid of one backend (`select pg_backend_pid()`). Null when the
 * server is not on this machine.
 */
export function postgresCpuMs(backendPid: number): number | null {
  try {
    const postmaster = stat(backendPid)[1]!;
    const ticks = stat(postmaster)
      .slice(11, 15)
      .reduce((a, b) => a + b, 0);
    let ms = ticks * TICK_MS;
    for (const pid of childPids(postmaster)) {
      try {
        ms += processCpuMs(pid);
      } catch {
        // the process ended meanwhile
      }
    }
    return ms;
  } catch {
    return null;
  }
}
