import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU-seconds (user + system, every thread) used so far by this process's engine child, read
 * from /proc; null where there is no /proc. On a machine shared with other work the wall-clock
 * send rate mostly says how much of the CPU the engine got; its CPU time says what it needed.
 */
export function engineCpuSeconds(): number | null {
  const pid = enginePid();
  if (pid === null) return null;
  try {
    const fields = afterName(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    // utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** The fields after `pid (comm)`, which may itself hold spaces. */
const afterName = (stat: string) => stat.slice(stat.lastIndexOf(')') + 2).split(' ');

function enginePid(): number | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const parent = Number(afterName(readFileSync(`/proc/${entry}/stat`, 'utf8'))[1]);
      if (parent !== process.pid) continue;
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('engine')) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return null;
}
