import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from '../db/transaction';

/**
 * Coalesces ledger writes made in the same tick into one transaction. With synchronous=FULL each
 * commit is an fsync, so four batches marked "submitting" together cost one fsync, not four —
 * and every caller still waits until its own write is on disk before it sends anything.
 */
export class GroupCommit {
  private queue: { work: () => void; resolve: () => void; reject: (e: unknown) => void }[] = [];
  private scheduled = false;

  constructor(private readonly db: DatabaseSync) {}

  run(work: () => void): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ work, resolve, reject });
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

  private flush(): void {
    this.scheduled = false;
    if (this.queue.length === 0) return;
    const items = this.queue.splice(0);
    try {
      inTransaction(this.db, () => {
        for (const item of items) item.work();
      });
      for (const item of items) item.resolve();
    } catch (error) {
      for (const item of items) item.reject(error);
    }
  }
}
