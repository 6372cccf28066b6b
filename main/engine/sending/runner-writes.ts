import type { PauseReason } from '../../../shared/campaigns/pause-reason';
import { storageFaultOf } from '../db/storage-fault';
import { LeaseLost } from '../ledger/campaign-leases';
import type { GroupCommit } from './group-commit';

/** What a refused write does to its run. */
export interface WriteFailures {
  /** Another Peaksend took the campaign over: the run ends now and writes nothing more. */
  leaseLost(): void;
  /** The run stops dispatching and pauses with `reason` once its answers in flight are in. */
  halted(reason: PauseReason): void;
}

/**
 * A run's ledger writes: each commits under the campaign's lease (group-commit.ts) and is
 * answered once durable. A refused write stops the run — a lost lease at once, a disk fault
 * after the answers in flight are in — and a refused outcome is kept to be tried again once the
 * run has stopped (its rows are still `submitting` on disk, uncertain to recovery: safe).
 */
export class RunnerWrites {
  private readonly commits = new Set<Promise<unknown>>();
  /** Outcome writes the disk refused, to be tried again once the run has stopped. */
  readonly refused: (() => void)[] = [];
  /** Set once the run must write nothing more (lease lost, stop gave up). */
  private closed = false;

  constructor(
    private readonly commit: GroupCommit,
    private readonly campaignId: number,
    private readonly failures: WriteFailures,
  ) {}

  /** Writes still on their way to disk. */
  get size(): number {
    return this.commits.size;
  }

  /** From now on nothing is written and refusals change nothing. */
  close(): void {
    this.closed = true;
  }

  /** Commits `work`; false when it was not written. `retryable`: kept if the disk refuses it. */
  write(work: () => void, retryable = true): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    const p = this.commit.run(work, this.campaignId).then(
      () => true,
      (error: unknown) => {
        this.failed(error, retryable ? work : null);
        return false;
      },
    );
    this.commits.add(p);
    void p.finally(() => this.commits.delete(p));
    return p;
  }

  /** Resolves once every write made so far (and any they led to) has landed. */
  async settled(): Promise<void> {
    while (this.commits.size > 0) await Promise.all(this.commits);
  }

  /** Resolves once the writes in flight now have landed. */
  landed(): Promise<unknown> {
    return Promise.all(this.commits);
  }

  private failed(error: unknown, work: (() => void) | null): void {
    if (this.closed) return;
    if (error instanceof LeaseLost) {
      this.failures.leaseLost();
      return;
    }
    const fault = storageFaultOf(error);
    if (fault && fault.kind !== 'corrupt') {
      if (work) this.refused.push(work);
      this.failures.halted({ kind: 'storage', fault: fault.kind, freeMb: null });
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    this.failures.halted({ kind: 'error', message });
  }
}
