import type { LedgerState } from '../../../shared/campaigns/ledger-state';
import type { QuietHours } from '../campaigns/quiet-hours';
import type { LedgerRow } from '../ledger/ledger-row';
import type { LedgerStore } from '../ledger/ledger-store';

/** Where a recipient is, for its sending window. */
interface Place {
  readonly country: string | null;
  readonly zone: string | null;
}

/** Pending rows read from the ledger at a time. */
const PAGE = 2000;

export interface PickerDeps {
  readonly campaignId: number;
  /** Messages per request now (a 422 may have halved it during the run). */
  readonly batchSize: () => number;
  readonly ledger: LedgerStore;
  /** Null when quiet hours are off for this campaign. */
  readonly quietHours: QuietHours | null;
  readonly now: () => number;
  /** The most parts one request may carry now (the stream's bucket decides). */
  readonly maxBatchParts: () => number;
  /** Which of these numbers are on the opt-out list now. */
  readonly suppressedAmong: (phones: readonly string[]) => ReadonlySet<string>;
  /** A picked row turned out to be opted out; `from` is its ledger state. */
  readonly suppressed: (row: LedgerRow, from: LedgerState) => void;
}

/**
 * Decides what to send next: due retries first, then rows released from quiet-hour holds, then
 * new rows by `seq`. Rows outside their recipient's sending window wait here, in memory.
 */
export class BatchPicker {
  private cursor = 0;
  private exhausted = false;
  private buffer: LedgerRow[] = [];
  private readonly retries: LedgerRow[] = [];
  /** Rows whose ledger state is failed_retryable (the rest of what we pick is pending). */
  private readonly retrySeqs = new Set<number>();
  /** Rows waiting for their window, by place (`country|zone`: one window per place). */
  private readonly held = new Map<string, { place: Place; rows: LedgerRow[] }>();
  private heldCount = 0;

  constructor(private readonly d: PickerDeps) {
    // A new run (a resume) tries the rows a previous run had to leave at once: the back-off
    // belonged to that run, and waiting it out here would only look like a stall.
    const now = d.now();
    this.retryLater(
      d.ledger
        .retryRows(d.campaignId)
        .map((r) => (r.nextAttemptAt > now ? { ...r, nextAttemptAt: now } : r)),
    );
  }

  get heldForQuietHours(): number {
    return this.heldCount;
  }

  /** The state a picked row has in the ledger until it is marked submitting. */
  stateOf(row: LedgerRow): LedgerState {
    return this.retrySeqs.has(row.seq) ? 'failed_retryable' : 'pending';
  }

  /** The batch's rows are now `submitting` in the ledger. */
  submitted(batch: readonly LedgerRow[]): void {
    for (const r of batch) this.retrySeqs.delete(r.seq);
  }

  /** A batch that could not be sent after all goes back to the front. */
  putBack(batch: readonly LedgerRow[]): void {
    this.buffer.unshift(...batch);
  }

  /** Rows that provably did not reach CommPeak, to be picked again once due. */
  retryLater(rows: readonly LedgerRow[]): void {
    this.retries.push(...rows);
    for (const r of rows) this.retrySeqs.add(r.seq);
  }

  /**
   * The next batch to send; empty only when nothing is sendable right now. `retriesOnly` while
   * CommPeak cannot be reached: the rows already refused are tried again when due, and new rows
   * wait instead of each being refused in turn.
   */
  next(retriesOnly = false): LedgerRow[] {
    for (;;) {
      const candidates = this.collect(retriesOnly && this.retries.length > 0);
      if (candidates.length === 0) return candidates;
      const kept = this.withoutSuppressed(candidates);
      // A batch of only opted-out numbers was skipped whole: look further.
      if (kept.length > 0) return kept;
    }
  }

  /** Earliest moment a held recipient's window opens, for the ETA. */
  nextOpening(): number | null {
    let best: number | null = null;
    for (const { at } of this.heldReleases())
      if (at !== null && (best === null || at < best)) best = at;
    return best;
  }

  /** The held rows by when their window opens (null: not within 8 days), for the ETA. */
  heldReleases(): { at: number | null; count: number }[] {
    const quiet = this.d.quietHours;
    if (!quiet) return [];
    const now = this.d.now();
    return [...this.held.values()].map(({ place, rows }) => ({
      at: quiet.nextOpening(place.country, now, place.zone),
      count: rows.length,
    }));
  }

  /** When the earliest row waiting for a retry is due (epoch ms); null when none waits. */
  nextRetryAt(): number | null {
    let best: number | null = null;
    for (const r of this.retries)
      if (best === null || r.nextAttemptAt < best) best = r.nextAttemptAt;
    return best;
  }

  /** How long to wait when nothing is sendable now; null when the campaign is done. */
  idleWaitMs(): number | null {
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

  private collect(retriesOnly: boolean): LedgerRow[] {
    const now = this.d.now();
    const maxParts = this.d.maxBatchParts();
    const size = this.d.batchSize();
    const batch: LedgerRow[] = [];
    let parts = 0;
    const fits = (r: LedgerRow) =>
      batch.length === 0 || (batch.length < size && parts + r.parts <= maxParts);
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
    while (!retriesOnly && batch.length < size) {
      if (this.buffer.length === 0 && !this.readPage()) break;
      const r = this.buffer[0];
      if (!r || !fits(r)) break;
      this.buffer.shift();
      if (this.admit(r, now)) take(r);
    }
    return batch;
  }

  private readPage(): boolean {
    if (this.exhausted) return false;
    this.buffer = this.d.ledger.pendingPage(this.d.campaignId, this.cursor, PAGE);
    const last = this.buffer[this.buffer.length - 1];
    if (last) this.cursor = last.seq;
    else this.exhausted = true;
    return last !== undefined;
  }

  /**
   * The opt-out list is checked again right before sending (it may have grown since the import
   * and since the campaign started): one query per batch.
   */
  private withoutSuppressed(batch: LedgerRow[]): LedgerRow[] {
    const suppressed = this.d.suppressedAmong(batch.map((r) => r.phone));
    if (suppressed.size === 0) return batch;
    const kept: LedgerRow[] = [];
    for (const row of batch) {
      if (!suppressed.has(row.phone)) {
        kept.push(row);
        continue;
      }
      this.d.suppressed(row, this.stateOf(row));
      this.retrySeqs.delete(row.seq);
    }
    return kept;
  }

  /** Send-time check of quiet hours: rows outside their window wait in memory. */
  private admit(row: LedgerRow, now: number): boolean {
    if (this.d.quietHours && !this.d.quietHours.isAllowed(row.country, now, row.zone)) {
      const key = `${row.country ?? ''}|${row.zone ?? ''}`;
      const entry = this.held.get(key) ?? {
        place: { country: row.country, zone: row.zone },
        rows: [],
      };
      entry.rows.push(row);
      this.held.set(key, entry);
      this.heldCount += 1;
      return false;
    }
    return true;
  }

  private releaseHeld(now: number): void {
    if (!this.d.quietHours || this.heldCount === 0) return;
    for (const [key, { place, rows }] of this.held) {
      if (this.d.quietHours.isAllowed(place.country, now, place.zone)) {
        this.held.delete(key);
        this.heldCount -= rows.length;
        this.buffer.unshift(...rows);
      }
    }
  }
}
