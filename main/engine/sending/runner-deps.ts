import type { PauseReason } from '../../../shared/campaigns/pause-reason';
import type { QuietHours } from '../campaigns/quiet-hours';
import type { ClientDeps } from '../commpeak/call-api';
import type { CommpeakStream } from '../commpeak/commpeak-types';
import type { LedgerStore } from '../ledger/ledger-store';
import type { GroupCommit } from './group-commit';
import type { ProgressTracker } from './progress-tracker';
import type { PartsBucket } from './token-bucket';

export interface RunnerDeps {
  readonly campaignId: number;
  readonly sender: string;
  readonly stream: CommpeakStream;
  readonly batchSize: number;
  /** This data folder's internal_id prefix (ledger/internal-id.ts). */
  readonly internalIdPrefix: string;
  /** Pause as `stalled` once nothing could be handed to CommPeak for this long; null = never. */
  readonly maxWaitMs: number | null;
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
