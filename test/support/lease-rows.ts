import { spawn, type ChildProcess } from 'node:child_process';
import { hostname } from 'node:os';
import type { DatabaseSync } from 'node:sqlite';
import { onTestFinished } from 'vitest';

/** Writes a campaign's lease as another Peaksend would hold it (a crashed one, or a live one). */
export function putLease(
  db: DatabaseSync,
  campaignId: number,
  holder: { pid: number; heartbeatAt: number; kind?: 'app' | 'cli'; host?: string },
): void {
  db.prepare(
    `INSERT OR REPLACE INTO campaign_leases
      (campaign_id, owner_id, kind, pid, host, acquired_at, heartbeat_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    campaignId,
    `other-${holder.pid}`,
    holder.kind ?? 'cli',
    holder.pid,
    holder.host ?? hostname(),
    holder.heartbeatAt,
    holder.heartbeatAt,
  );
}

/** A real process that stays alive until the test ends (or `kill()`): a live lease holder. */
export function liveProcess(): ChildProcess & { pid: number } {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], {
    stdio: 'ignore',
  });
  onTestFinished(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  if (child.pid === undefined) throw new Error('could not start a process');
  return child as ChildProcess & { pid: number };
}

/** The pid of a process that has exited: a holder that is gone. */
export async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => child.on('exit', resolve));
  if (child.pid === undefined) throw new Error('could not start a process');
  return child.pid;
}

export function leaseCount(db: DatabaseSync, campaignId: number): number {
  return Number(
    db.prepare('SELECT COUNT(*) AS n FROM campaign_leases WHERE campaign_id = ?').get(campaignId)
      ?.n,
  );
}

export function stateCounts(db: DatabaseSync, campaignId: number): Record<string, number> {
  return Object.fromEntries(
    db
      .prepare('SELECT state, COUNT(*) AS n FROM ledger WHERE campaign_id = ? GROUP BY state')
      .all(campaignId)
      .map((r) => [String(r.state), Number(r.n)]),
  );
}
