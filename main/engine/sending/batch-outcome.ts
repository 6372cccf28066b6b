import type { PauseReason } from '../../../shared/campaigns/pause-reason';
import type { ObstacleKind } from '../../../shared/campaigns/send-obstacle';
import { FIRST_POLL_DELAY_MS } from '../commpeak/assumptions';
import type { SendBatchResult } from '../commpeak/send-batch';
import type { LedgerRow } from '../ledger/ledger-row';
import type { LedgerStore } from '../ledger/ledger-store';
import { retryDelayMs } from './backoff';
import { obstacleOf } from './send-obstacles';
import type { PartsBucket } from './token-bucket';
import type { ProgressTracker } from './progress-tracker';

/**
 * What a batch's answer means for the run: `halve` (a 422 for several messages: try again in
 * smaller batches), `refused` (CommPeak refused the call: pause with its words), or `answered`
 * (per-message outcomes to record; `obstacle` when every message came back "not accepted, come
 * back later", so the run is blocked rather than moving on).
 */
export type BatchVerdict =
  | { readonly kind: 'halve' }
  | { readonly kind: 'refused'; readonly reason: PauseReason }
  | {
      readonly kind: 'answered';
      readonly obstacle: { readonly kind: ObstacleKind; readonly reason: string } | null;
    };

export function judgeBatch(result: SendBatchResult, size: number): BatchVerdict {
  const call = result.callFailure;
  if (call?.kind === 'config' && call.cause === 'validation' && size > 1) return { kind: 'halve' };
  if (call && (call.kind === 'auth' || call.kind === 'config')) {
    // Its own kind, so the pause banner can give the allowed-IPs advice instead of the token's.
    const ip = call.kind === 'auth' && call.cause === 'ip_not_allowed';
    const failure = ip ? 'ip' : call.kind;
    return { kind: 'refused', reason: { kind: 'commpeak', failure, message: call.message } };
  }
  const first = result.outcomes[0];
  const blocked =
    first?.status === 'failed' &&
    result.outcomes.every((o) => o.status === 'failed' && o.failure.kind === 'retry');
  return { kind: 'answered', obstacle: blocked ? obstacleOf(first.failure) : null };
}

/**
 * The ledger write for a batch's answer, and the due times of its retries (drawn once, here,
 * for both the ledger and the in-memory retry queue). The write is a closure so it can be tried
 * again as it is when the disk refused it the first time.
 */
export function outcomeWrite(
  ledger: LedgerStore,
  campaignId: number,
  batch: readonly LedgerRow[],
  result: SendBatchResult,
  now: number,
): { work: () => void; retryDueOf: ReadonlyMap<number, number> } {
  const retryDueOf = new Map<number, number>();
  batch.forEach((row, i) => {
    const outcome = result.outcomes[i];
    if (outcome?.status === 'failed' && outcome.failure.kind === 'retry') {
      retryDueOf.set(row.seq, now + retryDelayMs(row.attempts + 1, outcome.failure.retryAfterMs));
    }
  });
  const work = () => {
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
        ledger.retryable(campaignId, row.seq, retryDueOf.get(row.seq) ?? now, code, f.message);
      } else if (f.kind === 'uncertain') {
        ledger.setState(campaignId, row.seq, 'uncertain', code, f.message);
      } else {
        ledger.setState(campaignId, row.seq, 'failed_permanent', code, f.message);
      }
    });
    ledger.accepted(campaignId, accepted, now, now + FIRST_POLL_DELAY_MS);
  };
  return { work, retryDueOf };
}

export interface OutcomeBookkeeping {
  readonly progress: ProgressTracker;
  readonly bucket: PartsBucket;
  readonly priceOf: (country: string | null) => number;
  readonly retryLater: (rows: readonly LedgerRow[]) => void;
}

/** In-memory bookkeeping once a batch's outcome is on disk: progress, the bucket, retries. */
export function applyOutcome(
  d: OutcomeBookkeeping,
  batch: readonly LedgerRow[],
  outcomes: SendBatchResult['outcomes'],
  retryDueOf: ReadonlyMap<number, number>,
  now: number,
): void {
  let acceptedParts = 0;
  let acceptedCount = 0;
  let throttled = false;
  const retried: LedgerRow[] = [];
  batch.forEach((row, i) => {
    const outcome = outcomes[i];
    if (!outcome) return;
    if (outcome.status === 'accepted') {
      d.progress.move(row.variant, 'submitting', 'accepted');
      d.progress.accepted(row.variant, row.parts, row.parts * d.priceOf(row.country));
      acceptedCount += 1;
      acceptedParts += row.parts;
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
      d.progress.move(row.variant, 'submitting', 'failed_retryable');
    } else if (f.kind === 'uncertain') d.progress.move(row.variant, 'submitting', 'uncertain');
    else d.progress.move(row.variant, 'submitting', 'failed_permanent');
  });
  if (throttled) d.bucket.throttled();
  else if (acceptedCount > 0) d.bucket.succeeded();
  d.retryLater(retried);
  if (acceptedCount > 0) d.progress.sent(acceptedCount, acceptedParts, now);
}
