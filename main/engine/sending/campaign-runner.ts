import type { LedgerState } from '../../../shared/campaigns/ledger-state';
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
  | { readonly kind: 'halted'; readonly reason: string; readonly failure: ApiFailure };

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
    return this.halt ?? { kind: 'finished' };
  }

  private stateOf(row: LedgerRow): LedgerState {
    return this.retrySeqs.has(row.seq) ? 'failed_retryable' : 'pending';
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
      await this.d.commit.run(() => {
        for (const r of batch) this.d.ledger.backToPending(campaignId, r.seq);
      });
      for (const r of batch) {
        this.d.progress.move('submitting', 'pending');
        this.buffer.unshift({ ...r, attempts: r.attempts, nextAttemptAt: 0 });
      }
      if (!this.halt || this.halt.kind === 'stopped') {
        this.halt = { kind: 'halted', reason: call.message, failure: call };
      }
      this.abort.abort();
      this.wake?.();
      this.d.changed();
      return;
    }
    let acceptedParts = 0;
    let acceptedCount = 0;
    let cost = 0;
    let throttled = false;
    const retried: LedgerRow[] = [];
    await this.d.commit.run(() => {
      batch.forEach((row, i) => {
        const outcome = result.outcomes[i];
        if (!outcome) return;
        if (outcome.status === 'accepted') {
          this.d.ledger.accepted(
            campaignId,
            row.seq,
            outcome.messageUuid,
            now,
            now + FIRST_POLL_DELAY_MS,
          );
          return;
        }
        const f = outcome.failure;
        const code = f.error ?? f.cause;
        if (f.kind === 'retry') {
          const due = now + retryDelayMs(row.attempts + 1, f.retryAfterMs);
          this.d.ledger.retryable(campaignId, row.seq, due, code, f.message);
          retried.push({ ...row, attempts: row.attempts + 1, nextAttemptAt: due });
        } else if (f.kind === 'uncertain') {
          this.d.ledger.setState(campaignId, row.seq, 'uncertain', code, f.message);
        } else {
          this.d.ledger.setState(campaignId, row.seq, 'failed_permanent', code, f.message);
        }
      });
    });
    batch.forEach((row, i) => {
      const outcome = result.outcomes[i];
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

  /** Picks the next batch: due retries first, then released quiet-hour holds, then new rows. */
  private nextBatch(): LedgerRow[] {
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

  /** Send-time checks: the opt-out list (it may have grown since import) and quiet hours. */
  private admit(row: LedgerRow, now: number): boolean {
    if (this.d.ledger.isSuppressed(row.phone)) {
      void this.d.commit.run(() =>
        this.d.ledger.skip(this.d.campaignId, row.seq, 'suppressed', 'On the opt-out list'),
      );
      this.d.progress.move(this.stateOf(row), 'skipped');
      this.retrySeqs.delete(row.seq);
      return false;
    }
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
