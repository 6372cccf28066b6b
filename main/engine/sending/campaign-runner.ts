import type { PauseReason } from '../../../shared/campaigns/pause-reason';
import type { QuietHours } from '../campaigns/quiet-hours';
import type { ClientDeps } from '../commpeak/call-api';
import type { CommpeakStream } from '../commpeak/commpeak-types';
import { sendBatch } from '../commpeak/send-batch';
import { storageFaultOf } from '../db/storage-fault';
import { LeaseLost } from '../ledger/campaign-leases';
import { internalIdOf, type LedgerRow } from '../ledger/ledger-row';
import type { LedgerStore } from '../ledger/ledger-store';
import { applyOutcome, outcomeWrite } from './batch-outcome';
import { BatchPicker } from './batch-picker';
import type { GroupCommit } from './group-commit';
import type { ProgressTracker } from './progress-tracker';
import type { PartsBucket } from './token-bucket';

export interface RunnerDeps {
  readonly campaignId: number;
  readonly sender: string;
  readonly stream: CommpeakStream;
  readonly batchSize: number;
  readonly concurrency: number;
  readonly ledger: LedgerStore;
  readonly commit: GroupCommit;
  readonly bucket: PartsBucket;
  readonly client: ClientDeps;
  readonly progress: ProgressTracker;
  /** Null when quiet hours are off for this campaign. */
  readonly quietHours: QuietHours | null;
  readonly priceOf: (country: string | null) => number;
  /** Which of these numbers are on the opt-out list now. */
  readonly suppressedAmong: (phones: readonly string[]) => ReadonlySet<string>;
  readonly now: () => number;
  /** Called after every change worth showing (throttled by the caller). */
  readonly changed: () => void;
}

/**
 * How a run ended. `halted` pauses the campaign with its reason (CommPeak refused the calls, the
 * disk refused a write, a bug); `leaseLost` means another Peaksend took the campaign over, so
 * this run wrote nothing more; `abandoned` means a stop gave up waiting for answers in flight.
 */
export type RunnerEnd =
  | { readonly kind: 'finished' }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'halted'; readonly reason: PauseReason }
  | { readonly kind: 'leaseLost' }
  | { readonly kind: 'abandoned' };

/**
 * Sends one campaign from its ledger. Every row is committed as `submitting` before its request
 * leaves and as its outcome after; anything that may have reached CommPeak becomes `uncertain`
 * and is never resent automatically. Every write also renews the campaign's lease. Stop = pause:
 * it waits for requests in flight.
 */
export class CampaignRunner {
  private readonly picker: BatchPicker;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly commits = new Set<Promise<unknown>>();
  private readonly abort = new AbortController();
  private halt: RunnerEnd | null = null;
  private wake: (() => void) | null = null;
  /** Set once the run must end now and write nothing more (lease lost, stop gave up). */
  private gone = false;
  private cutShort: () => void = () => {};
  private readonly cut = new Promise<void>((resolve) => (this.cutShort = resolve));
  /** Outcome writes the disk refused, to be tried again once the run has stopped. */
  private readonly refused: (() => void)[] = [];

  constructor(private readonly d: RunnerDeps) {
    this.picker = new BatchPicker({
      campaignId: d.campaignId,
      batchSize: d.batchSize,
      ledger: d.ledger,
      quietHours: d.quietHours,
      now: d.now,
      maxBatchParts: () => d.bucket.maxBatchParts(),
      suppressedAmong: d.suppressedAmong,
      suppressed: (row, from) => {
        void this.write(() =>
          d.ledger.skip(d.campaignId, row.seq, 'suppressed', 'On the opt-out list'),
        );
        d.progress.move(row.variant, from, 'skipped');
      },
    });
  }

  get heldForQuietHours(): number {
    return this.picker.heldForQuietHours;
  }

  /** Earliest moment a held country's window opens, for the ETA. */
  nextOpening(): number | null {
    return this.picker.nextOpening();
  }

  /** Asks the runner to stop dispatching; `run()` resolves once requests in flight are done. */
  stop(): void {
    this.haltWith({ kind: 'stopped' });
  }

  /** Ends the run now: answers still on their way are not waited for, and nothing is written. */
  abandon(): void {
    this.cutOff({ kind: 'abandoned' });
  }

  /** Renews the lease while nothing else writes (quiet hours, back-off); finds a takeover. */
  heartbeat(): void {
    void this.write(() => {});
  }

  /** Outcome writes the disk refused (they are still `submitting` on disk). */
  refusedWrites(): readonly (() => void)[] {
    return this.refused;
  }

  async run(): Promise<RunnerEnd> {
    while (!this.halt) {
      // Every wait also ends when the run is cut short (lease lost, stop gave up).
      if (this.inFlight.size >= this.d.concurrency) {
        await Promise.race([...this.inFlight, this.cut]);
        continue;
      }
      const batch = this.picker.next();
      if (batch.length === 0) {
        if (this.inFlight.size > 0) {
          await Promise.race([...this.inFlight, this.cut]);
          continue;
        }
        // Outcomes still on their way to disk may yet queue retries: let them land first.
        if (this.commits.size > 0) {
          await Promise.race([Promise.all(this.commits), this.cut]);
          continue;
        }
        const wait = this.picker.idleWaitMs();
        if (wait === null) break;
        await this.sleep(wait);
        continue;
      }
      const parts = batch.reduce((a, r) => a + r.parts, 0);
      const allowed = await this.d.bucket.take(parts, this.abort.signal);
      if (!allowed || this.halt) {
        this.picker.putBack(batch);
        break;
      }
      const seqs = batch.map((r) => r.seq);
      // Never tried again: a batch whose "submitting" is not on disk is not sent at all.
      const marked = await this.write(
        () => this.d.ledger.markSubmitting(this.d.campaignId, seqs, this.d.now()),
        false,
      );
      if (!marked) {
        this.picker.putBack(batch);
        break;
      }
      for (const r of batch) this.d.progress.move(r.variant, this.picker.stateOf(r), 'submitting');
      this.picker.submitted(batch);
      this.d.changed();
      const p: Promise<void> = this.send(batch).finally(() => this.inFlight.delete(p));
      this.inFlight.add(p);
    }
    await Promise.race([this.settle(), this.cut]);
    return this.halt ?? { kind: 'finished' };
  }

  private async settle(): Promise<void> {
    await Promise.all(this.inFlight);
    while (this.commits.size > 0) await Promise.all(this.commits);
  }

  /** Stops dispatching with `end` unless a more telling end is already set. */
  private haltWith(end: RunnerEnd): void {
    if (!this.halt || this.halt.kind === 'stopped') this.halt = end;
    this.abort.abort();
    this.wake?.();
  }

  private cutOff(end: RunnerEnd): void {
    if (this.gone) return;
    this.gone = true;
    this.halt = end;
    this.abort.abort();
    this.wake?.();
    this.cutShort();
  }

  /**
   * Commits `work` under the campaign's lease; false when it was not written. A refused write
   * stops the run: a lost lease at once, a disk fault after the answers in flight are in.
   */
  private write(work: () => void, retryable = true): Promise<boolean> {
    if (this.gone) return Promise.resolve(false);
    const p = this.d.commit.run(work, this.d.campaignId).then(
      () => true,
      (error: unknown) => {
        this.writeFailed(error, retryable ? work : null);
        return false;
      },
    );
    this.commits.add(p);
    void p.finally(() => this.commits.delete(p));
    return p;
  }

  private writeFailed(error: unknown, work: (() => void) | null): void {
    if (this.gone) return;
    if (error instanceof LeaseLost) {
      this.cutOff({ kind: 'leaseLost' });
      return;
    }
    const fault = storageFaultOf(error);
    if (fault && fault.kind !== 'corrupt') {
      if (work) this.refused.push(work);
      this.haltWith({
        kind: 'halted',
        reason: { kind: 'storage', fault: fault.kind, freeMb: null },
      });
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    this.haltWith({ kind: 'halted', reason: { kind: 'error', message } });
  }

  private async send(batch: LedgerRow[]): Promise<void> {
    const { campaignId } = this.d;
    const messages = batch.map((r) => ({
      internalId: internalIdOf(campaignId, r.seq, r.resends),
      sender: this.d.sender,
      phone: r.phone,
      text: r.text,
    }));
    // No abort signal: pausing waits for the answer rather than turning it into "uncertain".
    const result = await sendBatch(this.d.stream, messages, this.d.client, {
      campaignId: String(campaignId),
    });
    if (this.gone) return;
    const call = result.callFailure;
    if (call && (call.kind === 'auth' || call.kind === 'config')) {
      // Refused before anything was accepted: the rows go back to pending and the campaign halts.
      this.haltWith({
        kind: 'halted',
        reason: { kind: 'commpeak', failure: call.kind, message: call.message },
      });
      void this.write(() => {
        for (const r of batch) this.d.ledger.backToPending(campaignId, r.seq);
      }).then((ok) => {
        if (!ok) return;
        for (const r of batch) this.d.progress.move(r.variant, 'submitting', 'pending');
        this.d.changed();
      });
      return;
    }
    const now = this.d.now();
    // Not awaited here: the request slot frees now, so the next batch's "submitting" write joins
    // this outcome write in one transaction (one fsync for both). Until it commits, these rows
    // are still "submitting" on disk, which recovery treats as uncertain: safe either way.
    const { work, retryDueOf } = outcomeWrite(this.d.ledger, campaignId, batch, result, now);
    void this.write(work).then((ok) => {
      if (!ok) return;
      applyOutcome(
        { ...this.d, retryLater: (rows) => this.picker.retryLater(rows) },
        batch,
        result.outcomes,
        retryDueOf,
        now,
      );
      this.d.changed();
    });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wake = null;
        resolve();
      }, ms);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
    });
  }
}
