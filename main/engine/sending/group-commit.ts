import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from '../db/transaction';
import { LeaseLost } from '../ledger/campaign-leases';

/** Renews this engine's leases on the given campaigns; returns those that are not ours any more. */
export interface LeaseCheck {
  renew(campaignIds: Iterable<number>): Set<number>;
}

interface Item {
  readonly work: () => void;
  /** The campaign whose lease must still be ours for `work` to run; null for audit records. */
  readonly campaignId: number | null;
  resolve(): void;
  reject(e: unknown): void;
}

/**
 * Coalesces ledger writes made in the same tick into one transaction. With synchronous=FULL each
 * commit is an fsync, so four batches marked "submitting" together cost one fsync, not four —
 * and every caller still waits until its own write is on disk before it sends anything.
 *
 * A write made for a campaign first renews that campaign's lease in the same transaction: if
 * another Peaksend took the campaign over, the write is not made and fails with LeaseLost, so a
 * sender that lost its campaign can never mark rows or send again. The renewal is the heartbeat.
 */
export class GroupCommit {
  private queue: Item[] = [];
  private scheduled = false;
  private closed = false;

  constructor(
    private readonly db: DatabaseSync,
    private readonly leases: LeaseCheck | null = null,
  ) {}

  run(work: () => void, campaignId: number | null = null): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The database is closed.'));
    return new Promise((resolve, reject) => {
      this.queue.push({ work, campaignId, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Commits whatever is queued now (before the database closes). */
  flushNow(): void {
    if (this.queue.length > 0) this.flush();
  }

  /** Commits what is queued, then refuses further writes (the database is about to close). */
  close(): void {
    this.flushNow();
    this.closed = true;
  }

  private flush(): void {
    this.scheduled = false;
    if (this.queue.length === 0) return;
    const items = this.queue.splice(0);
    let lost = new Set<number>();
    try {
      inTransaction(this.db, () => {
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
    for (const item of items) {
      if (item.campaignId !== null && lost.has(item.campaignId)) {
        item.reject(new LeaseLost(item.campaignId));
      } else item.resolve();
    }
  }
}
