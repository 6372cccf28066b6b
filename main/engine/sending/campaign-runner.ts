import type { LedgerState } from '../../../shared/campaigns/ledger-state';
import type { PauseReason } from '../../../shared/campaigns/pause-reason';
import type { ApiFailure } from '../commpeak/api-failure';
import type { ClientDeps } from '../commpeak/call-api';
import type { CommpeakStream } from '../commpeak/commpeak-types';
import { sendBatch } from '../commpeak/send-batch';
import { retryDelayMs } from './backoff';
import type { GroupCommit } from './group-commit';
import { internalIdOf, type LedgerRow, type LedgerStore } from './ledger-store';
import type { ProgressTracker } from './progress-tracker';
import type { QuietHours } from './quiet-hours';
import type { PartsBucket } from './token-bucket';

const PAGE = 2000;
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
  private cursor = 0;
  private exhausted = false;
  private buffer: LedgerRow[] = [];
  private retries: LedgerRow[] = [];
  /** Rows whose ledger state is failed_retryable (the rest of what we pick is pending). */
  private readonly retrySeqs = new Set<number>();
  private readonly held = new Map<string, LedgerRow[]>();
  private heldCount = 0;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly commits = new Set<Promise<void>>();
  private readonly abort = new AbortController();
  private halt: RunnerEnd | null = null;
  private wake: (() => void) | null = null;

  constructor(private readonly d: RunnerDeps) {}

  get heldForQuietHours(): number {
    return this.heldCount;
  }

  /** Earliest moment a held country's window opens, for the ETA. */
  nextOpening(): number | null {
    if (!this.d.quietHours) return null;
    let best: number | null = null;
    for (const country of this.held.keys()) {
      const at = this.d.quietHours.nextOpening(country || null, this.d.now());
      if (at !== null && (best === null || at < best)) best = at;
    }
    return best;
  }

  /** Asks the runner to stop dispatching; `run()` resolves once requests in flight are done. */
  stop(): void {
    if (!this.halt) this.halt = { kind: 'stopped' };
    this.abort.abort();
    this.wake?.();
  }

  async run(): Promise<RunnerEnd> {
    this.retries = this.d.ledger.retryRows(this.d.campaignId);
    for (const r of this.retries) this.retrySeqs.add(r.seq);
    while (!this.halt) {
      if (this.inFlight.size >= this.d.concurrency) {
        await Promise.race(this.inFlight);
        continue;
      }
      const batch = this.nextBatch();
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
        const wait = this.idleWaitMs();
        if (wait === null) break;
        await this.sleep(wait);
        continue;
      }
      const parts = batch.reduce((a, r) => a + r.parts, 0);
      const allowed = await this.d.bucket.take(parts, this.abort.signal);
      if (!allowed || this.halt) {
        this.buffer.unshift(...batch);
        break;
      }
      await this.d.commit.run(() =>
        this.d.ledger.markSubmitting(
          this.d.campaignId,
          batch.map((r) => r.seq),
          this.d.now(),
        ),
      );
      for (const r of batch) {
        this.d.progress.move(this.stateOf(r), 'submitting');
        this.retrySeqs.delete(r.seq);
      }
      this.d.changed();
      const p: Promise<void> = this.send(batch).finally(() => this.inFlight.delete(p));
      this.inFlight.add(p);
    }
    await Promise.all(this.inFlight);
    while (this.commits.size > 0) await Promise.all(this.commits);
    return this.halt ?? { kind: 'finished' };
  }

  private stateOf(row: LedgerRow): LedgerState {
    return this.retrySeqs.has(row.seq) ? 'failed_retryable' : 'pending';
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
      const accepted: { s: number; u: string }[] = [];
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
    this.retries.push(...retried);
    for (const r of retried) this.retrySeqs.add(r.seq);
    if (acceptedCount > 0) this.d.progress.sent(acceptedCount, acceptedParts, cost, now);
    this.d.changed();
  }

  /** The next batch to send; empty only when nothing is sendable right now. */
  private nextBatch(): LedgerRow[] {
    for (;;) {
      const candidates = this.collectBatch();
      if (candidates.length === 0) return candidates;
      const kept = this.withoutSuppressed(candidates);
      // A batch of only opted-out numbers was skipped whole: look further.
      if (kept.length > 0) return kept;
    }
  }

  /** Candidates: due retries first, then released quiet-hour holds, then new rows. */
  private collectBatch(): LedgerRow[] {
    const now = this.d.now();
    const maxParts = this.d.bucket.maxBatchParts();
    const batch: LedgerRow[] = [];
    let parts = 0;
    const fits = (r: LedgerRow) =>
      batch.length === 0 || (batch.length < this.d.batchSize && parts + r.parts <= maxParts);
    const take = (r: LedgerRow) => {
      batch.push(r);
      parts += r.parts;
    };
    this.releaseHeld(now);
    if (this.retries.length > 0) {
      this.retries.sort((a, b) => a.nextAttemptAt - b.nextAttemptAt);
      while (this.retries.length > 0) {
        const r = this.retries[0];
        if (!r || r.nextAttemptAt > now || !fits(r)) break;
        this.retries.shift();
        if (this.admit(r, now)) take(r);
      }
    }
    while (batch.length < this.d.batchSize) {
      if (this.buffer.length === 0) {
        if (this.exhausted) break;
        this.buffer = this.d.ledger.pendingPage(this.d.campaignId, this.cursor, PAGE);
        const last = this.buffer[this.buffer.length - 1];
        if (last) this.cursor = last.seq;
        else {
          this.exhausted = true;
          break;
        }
      }
      const r = this.buffer[0];
      if (!r || !fits(r)) break;
      this.buffer.shift();
      if (this.admit(r, now)) take(r);
    }
    return batch;
  }

  /**
   * The opt-out list is checked again right before sending (it may have grown since the import
   * and since the campaign started): one query per batch.
   */
  private withoutSuppressed(batch: LedgerRow[]): LedgerRow[] {
    const suppressed = this.d.ledger.suppressedAmong(batch.map((r) => r.phone));
    if (suppressed.size === 0) return batch;
    const kept: LedgerRow[] = [];
    for (const row of batch) {
      if (!suppressed.has(row.phone)) {
        kept.push(row);
        continue;
      }
      void this.d.commit.run(() =>
        this.d.ledger.skip(this.d.campaignId, row.seq, 'suppressed', 'On the opt-out list'),
      );
      this.d.progress.move(this.stateOf(row), 'skipped');
      this.retrySeqs.delete(row.seq);
    }
    return kept;
  }

  /** Send-time check of quiet hours: rows outside their window wait in memory. */
  private admit(row: LedgerRow, now: number): boolean {
    if (this.d.quietHours && !this.d.quietHours.isAllowed(row.country, now)) {
      const key = row.country ?? '';
      const list = this.held.get(key) ?? [];
      list.push(row);
      this.held.set(key, list);
      this.heldCount += 1;
      return false;
    }
    return true;
  }

  private releaseHeld(now: number): void {
    if (!this.d.quietHours || this.heldCount === 0) return;
    for (const [country, rows] of this.held) {
      if (this.d.quietHours.isAllowed(country || null, now)) {
        this.held.delete(country);
        this.heldCount -= rows.length;
        this.buffer.unshift(...rows);
      }
    }
  }

  /** How long to wait when nothing is sendable now; null when the campaign is done. */
  private idleWaitMs(): number | null {
    const now = this.d.now();
    const waits: number[] = [];
    const nextRetry = Math.min(...this.retries.map((r) => r.nextAttemptAt));
    if (Number.isFinite(nextRetry)) waits.push(nextRetry - now);
    if (this.heldCount > 0) {
      // Re-check at least every 5 s: a laptop waking from sleep or a clock change moves "now".
      const opening = this.nextOpening();
      waits.push(opening === null ? 5000 : Math.min(opening - now, 5000));
    }
    if (waits.length === 0) return null;
    return Math.min(Math.max(10, Math.min(...waits)), 60_000);
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
