import type { PauseReason } from '../../../shared/campaigns/pause-reason';
import type { QuietHours } from '../campaigns/quiet-hours';
import type { ApiFailure } from '../commpeak/api-failure';
import type { ClientDeps } from '../commpeak/call-api';
import type { CommpeakStream } from '../commpeak/commpeak-types';
import { sendBatch } from '../commpeak/send-batch';
import { internalIdOf, type LedgerRow } from '../ledger/ledger-row';
import type { LedgerStore } from '../ledger/ledger-store';
import { retryDelayMs } from './backoff';
import { BatchPicker } from './batch-picker';
import type { GroupCommit } from './group-commit';
import type { ProgressTracker } from './progress-tracker';
import type { PartsBucket } from './token-bucket';

const FIRST_POLL_DELAY_MS = 5000;

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

export type RunnerEnd =
  | { readonly kind: 'finished' }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'halted'; readonly reason: PauseReason; readonly failure: ApiFailure };

/**
 * Sends one campaign from its ledger. Every row is committed as `submitting` before its request
 * leaves and as its outcome after; anything that may have reached CommPeak becomes `uncertain`
 * and is never resent automatically. Stop = pause: it waits for requests in flight.
 */
export class CampaignRunner {
  private readonly picker: BatchPicker;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly commits = new Set<Promise<void>>();
  private readonly abort = new AbortController();
  private halt: RunnerEnd | null = null;
  private wake: (() => void) | null = null;

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
        void d.commit.run(() =>
          d.ledger.skip(d.campaignId, row.seq, 'suppressed', 'On the opt-out list'),
        );
        d.progress.move(from, 'skipped');
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
    if (!this.halt) this.halt = { kind: 'stopped' };
    this.abort.abort();
    this.wake?.();
  }

  async run(): Promise<RunnerEnd> {
    while (!this.halt) {
      if (this.inFlight.size >= this.d.concurrency) {
        await Promise.race(this.inFlight);
        continue;
      }
      const batch = this.picker.next();
      if (batch.length === 0) {
        if (this.inFlight.size > 0) {
          await Promise.race(this.inFlight);
          continue;
        }
        // Outcomes still on their way to disk may yet queue retries: let them land first.
        if (this.commits.size > 0) {
          await Promise.all(this.commits);
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
      await this.d.commit.run(() =>
        this.d.ledger.markSubmitting(
          this.d.campaignId,
          batch.map((r) => r.seq),
          this.d.now(),
        ),
      );
      for (const r of batch) this.d.progress.move(this.picker.stateOf(r), 'submitting');
      this.picker.submitted(batch);
      this.d.changed();
      const p: Promise<void> = this.send(batch).finally(() => this.inFlight.delete(p));
      this.inFlight.add(p);
    }
    await Promise.all(this.inFlight);
    while (this.commits.size > 0) await Promise.all(this.commits);
    return this.halt ?? { kind: 'finished' };
  }

  /** Keeps a pending commit so `run()` can wait for every outcome to be on disk. */
  private track(p: Promise<void>): void {
    this.commits.add(p);
    void p.finally(() => this.commits.delete(p));
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
    const now = this.d.now();
    const call = result.callFailure;
    if (call && (call.kind === 'auth' || call.kind === 'config')) {
      // Refused before anything was accepted: the rows go back to pending and the campaign halts.
      if (!this.halt || this.halt.kind === 'stopped') {
        this.halt = {
          kind: 'halted',
          reason: { kind: 'commpeak', failure: call.kind, message: call.message },
          failure: call,
        };
      }
      this.abort.abort();
      this.wake?.();
      this.track(
        this.d.commit
          .run(() => {
            for (const r of batch) this.d.ledger.backToPending(campaignId, r.seq);
          })
          .then(() => {
            this.d.progress.move('submitting', 'pending', batch.length);
            this.d.changed();
          }),
      );
      return;
    }
    // Due times are drawn once, here, for both the ledger and the in-memory retry queue.
    const retryDueOf = new Map<number, number>();
    // Not awaited here: the request slot frees now, so the next batch's "submitting" write joins
    // this outcome write in one transaction (one fsync for both). Until it commits, these rows
    // are still "submitting" on disk, which recovery treats as uncertain: safe either way.
    const committed = this.d.commit.run(() => {
      const accepted: { s: number; u: string | null }[] = [];
      batch.forEach((row, i) => {
        const outcome = result.outcomes[i];
        if (!outcome) return;
        if (outcome.status === 'accepted') {
          accepted.push({ s: row.seq, u: outcome.messageUuid });
          return;
        }
        const f = outcome.failure;
        const code = f.error ?? f.cause;
        if (f.kind === 'retry') {
          const due = now + retryDelayMs(row.attempts + 1, f.retryAfterMs);
          this.d.ledger.retryable(campaignId, row.seq, due, code, f.message);
          retryDueOf.set(row.seq, due);
        } else if (f.kind === 'uncertain') {
          this.d.ledger.setState(campaignId, row.seq, 'uncertain', code, f.message);
        } else {
          this.d.ledger.setState(campaignId, row.seq, 'failed_permanent', code, f.message);
        }
      });
      this.d.ledger.accepted(campaignId, accepted, now, now + FIRST_POLL_DELAY_MS);
    });
    this.track(committed.then(() => this.afterOutcome(batch, result.outcomes, retryDueOf, now)));
  }

  /** In-memory bookkeeping once a batch's outcome is on disk. */
  private afterOutcome(
    batch: readonly LedgerRow[],
    outcomes: Awaited<ReturnType<typeof sendBatch>>['outcomes'],
    retryDueOf: ReadonlyMap<number, number>,
    now: number,
  ): void {
    let acceptedParts = 0;
    let acceptedCount = 0;
    let cost = 0;
    let throttled = false;
    const retried: LedgerRow[] = [];
    batch.forEach((row, i) => {
      const outcome = outcomes[i];
      if (!outcome) return;
      if (outcome.status === 'accepted') {
        this.d.progress.move('submitting', 'accepted');
        acceptedCount += 1;
        acceptedParts += row.parts;
        cost += row.parts * this.d.priceOf(row.country);
        return;
      }
      const f = outcome.failure;
      if (f.kind === 'retry') {
        if (f.cause === 'rate_limit' || f.cause === 'http_429') throttled = true;
        retried.push({
          ...row,
          attempts: row.attempts + 1,
          nextAttemptAt: retryDueOf.get(row.seq) ?? now,
        });
        this.d.progress.move('submitting', 'failed_retryable');
      } else if (f.kind === 'uncertain') this.d.progress.move('submitting', 'uncertain');
      else this.d.progress.move('submitting', 'failed_permanent');
    });
    if (throttled) this.d.bucket.throttled();
    else if (acceptedCount > 0) this.d.bucket.succeeded();
    this.picker.retryLater(retried);
    if (acceptedCount > 0) this.d.progress.sent(acceptedCount, acceptedParts, cost, now);
    this.d.changed();
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
