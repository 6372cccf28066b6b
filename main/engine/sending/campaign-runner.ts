import { assertNever } from '../../../shared/assert-never';
import type { Release } from '../../../shared/campaigns/estimate-finish';
import { describeObstacle, type SendWaiting } from '../../../shared/campaigns/send-obstacle';
import { MIN_BATCH_SIZE } from '../commpeak/assumptions';
import { sendBatch } from '../commpeak/send-batch';
import { internalIdOf } from '../ledger/internal-id';
import type { LedgerRow } from '../ledger/ledger-row';
import { applyOutcome, judgeBatch, outcomeWrite } from './batch-outcome';
import { BatchPicker } from './batch-picker';
import type { RunnerDeps, RunnerEnd } from './runner-deps';
import { LandingRetries } from './landing-retries';
import { RunnerWrites } from './runner-writes';
import { SendObstacles } from './send-obstacles';
import { WakeableSleep } from './wakeable-sleep';

export type { RunnerDeps, RunnerEnd } from './runner-deps';

/**
 * Sends one campaign from its ledger. Every row is committed as `submitting` before its request
 * leaves and as its outcome after; anything that may have reached CommPeak becomes `uncertain`
 * and is never resent automatically. Every write also renews the campaign's lease. Stop = pause:
 * it waits for requests in flight.
 */
export class CampaignRunner {
  private readonly picker: BatchPicker;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly writes: RunnerWrites;
  private readonly abort = new AbortController();
  private halt: RunnerEnd | null = null;
  private readonly idle = new WakeableSleep();
  /** Set once the run must end now and write nothing more (lease lost, stop gave up). */
  private gone = false;
  private cutShort: () => void = () => {};
  private readonly cut = new Promise<void>((resolve) => (this.cutShort = resolve));
  private readonly landing = new LandingRetries();
  private readonly obstacles: SendObstacles;
  /** Messages per request; halved on a 422 for a batch of several (CommPeak's cap, we assume). */
  private batchSize: number;

  constructor(private readonly d: RunnerDeps) {
    this.obstacles = new SendObstacles(d.now, d.maxWaitMs);
    this.batchSize = d.batchSize;
    this.writes = new RunnerWrites(d.commit, d.campaignId, {
      leaseLost: () => this.cutOff({ kind: 'leaseLost' }),
      halted: (reason) => this.haltWith({ kind: 'halted', reason }),
    });
    this.picker = new BatchPicker({
      campaignId: d.campaignId,
      batchSize: () => this.batchSize,
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

  /** The held rows by when their window opens, for the ETA and the next opening. */
  heldReleases(): Release[] {
    return this.picker.heldReleases();
  }

  /** What keeps the run from handing messages over right now; null while it can. */
  waiting(): SendWaiting | null {
    const next =
      this.obstacles.kind === 'quiet_hours'
        ? this.picker.nextOpening()
        : this.landing.earliest(this.picker.nextRetryAt());
    return this.obstacles.waiting(next);
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
    return this.writes.refused;
  }

  async run(): Promise<RunnerEnd> {
    while (!this.halt) {
      // Nothing in flight and nothing handed over for the longest wait: pause with the reason.
      const stalled = this.inFlight.size === 0 ? this.obstacles.stalled() : null;
      if (stalled) {
        this.haltWith({ kind: 'halted', reason: stalled });
        break;
      }
      // Every wait also ends when the run is cut short (lease lost, stop gave up).
      if (this.inFlight.size >= this.d.concurrency) {
        await Promise.race([...this.inFlight, this.cut]);
        continue;
      }
      const blocked = this.obstacles.kind !== null && this.obstacles.kind !== 'quiet_hours';
      // Blocked with refused rows still on their way to disk: wait for them, not for new rows.
      const picked = blocked && this.landing.size > 0 ? [] : this.picker.next(blocked);
      const batch = picked.map((r) => ({ ...r, internalId: this.idOf(r) }));
      if (batch.length === 0) {
        if (this.inFlight.size > 0) {
          await Promise.race([...this.inFlight, this.cut]);
          continue;
        }
        // Outcomes still on their way to disk may yet queue retries: let them land first.
        if (this.writes.size > 0) {
          await Promise.race([this.writes.landed(), this.cut]);
          continue;
        }
        const wait = this.picker.idleWaitMs();
        if (wait === null) break;
        if (this.picker.heldForQuietHours > 0 && this.picker.nextRetryAt() === null) {
          this.obstacles.blocked('quiet_hours', describeObstacle('quiet_hours'), this.d.now());
        }
        await this.idle.sleep(Math.min(wait, this.obstacles.msUntilStall() ?? wait));
        continue;
      }
      const parts = batch.reduce((a, r) => a + r.parts, 0);
      const allowed = await this.d.bucket.take(parts, this.abort.signal);
      if (!allowed || this.halt) {
        this.picker.putBack(batch);
        break;
      }
      // Not awaited: the slot is taken now, so every batch picked in this tick is marked in the
      // same transaction and shares one fsync; each is sent once its mark is durable.
      const p: Promise<void> = this.markAndSend(batch).finally(() => this.inFlight.delete(p));
      this.inFlight.add(p);
    }
    await Promise.race([this.settle(), this.cut]);
    return this.halt ?? { kind: 'finished' };
  }

  /** Commits the batch as `submitting` and, once that is on disk, sends it. */
  private async markAndSend(batch: LedgerRow[]): Promise<void> {
    const ids = batch.map((r) => ({ seq: r.seq, internalId: r.internalId ?? '' }));
    const from = batch.map((r) => ({ variant: r.variant, state: this.picker.stateOf(r) }));
    // Never tried again: a batch whose "submitting" is not on disk is not sent at all. A refused
    // write has already halted the run, so the loop picks nothing more.
    const marked = await this.write(
      () => this.d.ledger.markSubmitting(this.d.campaignId, ids, this.d.now()),
      false,
    );
    if (!marked) {
      this.picker.putBack(batch);
      return;
    }
    for (const f of from) this.d.progress.move(f.variant, f.state, 'submitting');
    this.picker.submitted(batch);
    this.d.changed();
    await this.send(batch);
  }

  private async settle(): Promise<void> {
    await Promise.all(this.inFlight);
    await this.writes.settled();
  }

  /** Stops dispatching with `end` unless a more telling end is already set. */
  private haltWith(end: RunnerEnd): void {
    if (!this.halt || this.halt.kind === 'stopped') this.halt = end;
    this.abort.abort();
    this.idle.wake();
  }

  private cutOff(end: RunnerEnd): void {
    if (this.gone) return;
    this.gone = true;
    this.writes.close();
    this.halt = end;
    this.abort.abort();
    this.idle.wake();
    this.cutShort();
  }

  /** Commits `work` under the campaign's lease; false when it was not written. */
  private write(work: () => void, retryable = true): Promise<boolean> {
    return this.writes.write(work, retryable);
  }

  /** The id a row goes out with: the one it was sent with before, else a new one. */
  private idOf(row: LedgerRow): string {
    return (
      row.internalId ??
      internalIdOf(this.d.internalIdPrefix, this.d.campaignId, row.seq, row.resends)
    );
  }

  private async send(batch: LedgerRow[]): Promise<void> {
    const { campaignId } = this.d;
    const messages = batch.map((r) => ({
      internalId: this.idOf(r),
      sender: this.d.sender,
      phone: r.phone,
      text: r.text,
    }));
    // No abort signal: pausing waits for the answer rather than turning it into "uncertain".
    const result = await sendBatch(this.d.stream, messages, this.d.client, {
      campaignId: String(campaignId),
    });
    if (this.gone) return;
    const now = this.d.now();
    const verdict = judgeBatch(result, batch.length);
    switch (verdict.kind) {
      case 'halve':
        // Most likely more than CommPeak takes at once: the same rows again, in smaller batches.
        this.batchSize = Math.max(MIN_BATCH_SIZE, Math.min(this.batchSize, batch.length >> 1));
        this.backToPending(batch, true);
        return;
      case 'refused':
        // Refused before anything was accepted: the rows go back to pending and the run halts.
        this.haltWith({ kind: 'halted', reason: verdict.reason });
        this.backToPending(batch, false);
        return;
      case 'answered':
        if (verdict.obstacle) {
          this.obstacles.blocked(verdict.obstacle.kind, verdict.obstacle.reason, now);
        } else this.obstacles.handedOver(now);
        break;
      default:
        assertNever(verdict);
    }
    // Not awaited: the slot frees now, so this outcome shares a commit and an fsync with the next
    // marks. Until then the rows are "submitting" on disk (uncertain to recovery): safe.
    const { work, retryDueOf } = outcomeWrite(this.d.ledger, campaignId, batch, result, now);
    const landed = this.landing.add(retryDueOf);
    void this.write(work).then((ok) => {
      landed();
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

  /** Rows CommPeak did not take back to `pending`; `again`: back in the queue for this run. */
  private backToPending(batch: readonly LedgerRow[], again: boolean): void {
    const { campaignId } = this.d;
    const seqs = batch.map((r) => r.seq);
    void this.write(() => this.d.ledger.backToPendingRows(campaignId, seqs)).then((ok) => {
      if (!ok) return;
      for (const r of batch) this.d.progress.move(r.variant, 'submitting', 'pending');
      if (again) this.picker.putBack(batch);
      this.d.changed();
    });
  }
}
