import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from '../db/transaction';
import { LeaseLost } from '../ledger/campaign-leases';
import { walSyncer, type WalSync } from './wal-sync';

/** Renews this engine's leases on the given campaigns; returns those that are not ours any more. */
export interface LeaseCheck {
  renew(campaignIds: Iterable<number>): Set<number>;
}

/**
 * WAL frames after which one of the group's commits checkpoints (SQLite's default, which every
 * other writer of the connection keeps, is 1,000). A send writes ≈23 frames per batch, mostly
 * the same ledger pages again and again; checkpointing every 1,000 frames ran ≈45 checkpoints,
 * with their fsyncs, on the engine's thread per 100k messages, and most of what each copied
 * was overwritten soon after. Every 4,000 frames: a 30k send took ≈30 % less time and ≈20 %
 * less CPU here (the -wal file grows to ≈17 MB instead of ≈9 MB while sending).
 */
export const GROUP_AUTOCHECKPOINT_FRAMES = 4000;

interface Item {
  readonly work: () => void;
  /** The campaign whose lease must still be ours for `work` to run; null for audit records. */
  readonly campaignId: number | null;
  resolve(): void;
  reject(e: unknown): void;
}

/**
 * Group commit for the sender's ledger writes: a caller's promise resolves only once its write
 * is on disk (fsynced), and every write that is ready while another is being made durable joins
 * the next fsync instead of paying its own.
 *
 * Writes queued in one tick run in one transaction at the end of the tick. On a database file,
 * that transaction commits without its own fsync (synchronous=NORMAL for that commit only) and
 * the WAL is then fsynced off the main thread; callers are answered when that fsync returns.
 * While it runs, the next tick's transaction commits and waits for the next fsync, which covers
 * everything committed before it started. So a request still never leaves before its rows are
 * durable as `submitting` — the durability of synchronous=FULL — and two, four or twenty
 * batches share one fsync. Without a file (":memory:") each transaction is a plain FULL commit.
 *
 * A write made for a campaign first renews that campaign's lease in the same transaction: if
 * another Peaksend took the campaign over, the write is not made and fails with LeaseLost, so a
 * sender that lost its campaign can never mark rows or send again. The renewal is the heartbeat.
 */
export class GroupCommit {
  private queue: Item[] = [];
  /** Committed, waiting for an fsync that starts after their commit. */
  private committed: Item[] = [];
  private syncing = false;
  private scheduled = false;
  private closed = false;
  private readonly wal: WalSync | null;
  /** The connection's own checkpoint threshold, restored after each of the group's commits. */
  private readonly autocheckpoint: number;

  constructor(
    private readonly db: DatabaseSync,
    private readonly leases: LeaseCheck | null = null,
    wal: WalSync | null = walSyncer(db),
  ) {
    this.wal = wal;
    const row = db.prepare('PRAGMA wal_autocheckpoint').get();
    this.autocheckpoint = Number(row?.wal_autocheckpoint ?? 1000);
  }

  run(work: () => void, campaignId: number | null = null): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The database is closed.'));
    return new Promise((resolve, reject) => {
      this.queue.push({ work, campaignId, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush(this.wal !== null));
      }
    });
  }

  /** Commits whatever is queued now with its own fsync (before a run's end is written). */
  flushNow(): void {
    if (this.queue.length > 0) this.flush(false);
  }

  /** Commits what is queued, then refuses further writes (the database is about to close). */
  close(): void {
    this.flushNow();
    const waiting = this.committed.splice(0);
    try {
      if (waiting.length > 0) this.wal?.syncNow();
      for (const item of waiting) item.resolve();
    } catch (error) {
      for (const item of waiting) item.reject(error);
    }
    this.wal?.close();
    this.closed = true;
  }

  /** `deferSync`: commit without an fsync and answer the callers after the next WAL fsync. */
  private flush(deferSync: boolean): void {
    this.scheduled = false;
    if (this.queue.length === 0) return;
    const items = this.queue.splice(0);
    let lost = new Set<number>();
    try {
      this.transaction(deferSync, () => {
        const guarded = new Set<number>();
        for (const item of items) if (item.campaignId !== null) guarded.add(item.campaignId);
        if (guarded.size > 0 && this.leases) lost = this.leases.renew(guarded);
        for (const item of items) {
          if (item.campaignId === null || !lost.has(item.campaignId)) item.work();
        }
      });
    } catch (error) {
      for (const item of items) item.reject(error);
      return;
    }
    const kept: Item[] = [];
    for (const item of items) {
      if (item.campaignId !== null && lost.has(item.campaignId)) {
        item.reject(new LeaseLost(item.campaignId));
      } else kept.push(item);
    }
    if (!deferSync) {
      // A FULL commit fsyncs the WAL, which also covers what was committed before it.
      for (const item of this.committed.splice(0)) item.resolve();
      for (const item of kept) item.resolve();
      return;
    }
    this.committed.push(...kept);
    if (!this.syncing) this.startSync();
  }

  private transaction(deferSync: boolean, work: () => void): void {
    if (!deferSync || this.db.isTransaction) {
      inTransaction(this.db, work);
      return;
    }
    // For this commit only: the fsync follows, off the main thread, before anyone is answered;
    // and a checkpoint only once the WAL holds GROUP_AUTOCHECKPOINT_FRAMES (above).
    this.db.exec(
      `PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = ${GROUP_AUTOCHECKPOINT_FRAMES}`,
    );
    try {
      inTransaction(this.db, work);
    } finally {
      this.db.exec(`PRAGMA synchronous = FULL; PRAGMA wal_autocheckpoint = ${this.autocheckpoint}`);
    }
  }

  private startSync(): void {
    const wal = this.wal;
    if (!wal || this.committed.length === 0) return;
    const batch = this.committed.splice(0);
    this.syncing = true;
    wal.sync((error) => {
      this.syncing = false;
      for (const item of batch) {
        if (error) item.reject(error);
        else item.resolve();
      }
      // What committed while this fsync ran waits for one that started after its commit.
      this.startSync();
    });
  }
}
