import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/** A campaign's lease is held for this long without a heartbeat before others may take it. */
export const LEASE_STALE_AFTER_MS = 30_000;

/** Which Peaksend holds a lease: one per engine instance, a fresh id every time one starts. */
export interface LeaseOwner {
  readonly id: string;
  readonly kind: 'app' | 'cli';
  readonly pid: number;
  readonly host: string;
}

export function newLeaseOwner(kind: 'app' | 'cli'): LeaseOwner {
  return { id: randomUUID(), kind, pid: process.pid, host: hostname() };
}

/**
 * Engines running in this very process (tests, the CLI), each with a way to tell it is still
 * alive. Its pid is ours, so `process.kill(pid, 0)` cannot tell a live engine from one whose
 * database was closed under it; this can.
 */
const inProcess = new Map<string, () => boolean>();

/** Registers an engine of this process; call the returned function when it closes. */
export function registerLeaseOwner(owner: LeaseOwner, alive: () => boolean): () => void {
  inProcess.set(owner.id, alive);
  return () => {
    inProcess.delete(owner.id);
  };
}

/** What a lease row says about its holder (the columns liveness needs). */
export interface HolderRow {
  readonly ownerId: string;
  readonly pid: number;
  readonly host: string;
  readonly heartbeatAt: number;
}

/**
 * Whether a lease's holder may still be sending. A heartbeat older than 30 s means it is gone
 * (frozen, or on another computer that vanished). On this computer the process is asked too:
 * no such pid means it is gone at once, without waiting out the 30 s.
 */
export function isHolderAlive(row: HolderRow, now: number): boolean {
  if (now - row.heartbeatAt > LEASE_STALE_AFTER_MS) return false;
  if (row.host !== hostname()) return true;
  if (row.pid === process.pid) return inProcess.get(row.ownerId)?.() ?? false;
  try {
    process.kill(row.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user; only ESRCH says it is gone.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
