import type {
  Campaign,
  CampaignFigures,
  CampaignProgress,
} from '../../../shared/campaigns/campaign-types';
import type { LeaseHolder } from '../../../shared/campaigns/lease-holder';
import type { Release } from '../../../shared/campaigns/estimate-finish';
import type { SendWaiting } from '../../../shared/campaigns/send-obstacle';
import type { PriceTable } from '../../../shared/pricing/price-table';
import { campaignFigures } from '../campaigns/campaign-figures';
import type { LedgerStore } from '../ledger/ledger-store';
import { readPollFailure } from '../ledger/poll-failures';
import { LedgerVariants } from '../ledger/ledger-variants';
import type { EmitEngineEvent } from '../../engine-contract/engine-events';
import { ProgressTracker } from './progress-tracker';

type ReasonCounts = { reason: string; count: number }[];
/** The error breakdown: outcomes with an error, and rows that will be tried again. */
type ErrorSplit = { errors: ReasonCounts; retrying: ReasonCounts };

/** At most ten progress events a second per campaign. */
const PROGRESS_INTERVAL_MS = 100;
/** The error breakdown scans the ledger, so a running campaign refreshes it every 2 s at most. */
const ERRORS_TTL_MS = 2000;
/**
 * …and only every 10 s while no row has moved into or out of a state that can carry an error
 * (a clean send moves rows only between pending, submitting and accepted): the scan, ≈35 ms per
 * 100k rows, was 2 % of a send's main-thread time for a breakdown that stayed empty.
 */
const QUIET_ERRORS_TTL_MS = 10_000;
/** States a clean send moves rows through; the error breakdown never counts them. */
const CHURN: ReadonlySet<string> = new Set(['pending', 'submitting', 'accepted']);

/** What only the running sender knows about a campaign (nothing when it is not running). */
export interface LiveFigures {
  readonly running: boolean;
  /** Another Peaksend sending this campaign right now. */
  readonly heldBy: LeaseHolder | null;
  readonly heldForQuietHours: number;
  readonly nextOpeningMs: number | null;
  /** The held rows by when their window opens (the ETA simulates their release). */
  readonly heldReleases: readonly Release[];
  /** What the running sender is waiting for, if anything. */
  readonly waiting: SendWaiting | null;
  /** The stream's current rate, used for the ETA before anything was sent. */
  readonly nominalRate: number | null;
}

export interface PublisherDeps {
  readonly ledger: LedgerStore;
  readonly prices: () => PriceTable;
  readonly now: () => number;
  readonly emit: EmitEngineEvent;
  /** The campaign's progress now (the coordinator adds what the runner knows). */
  readonly snapshot: (campaignId: number) => CampaignProgress;
}

/** Price per part by country; 0 where the table has no price. */
export function priceLookup(table: PriceTable): (country: string | null) => number {
  const prices = new Map(table.map((p) => [p.country, p.pricePerPart]));
  return (country) => (country ? (prices.get(country) ?? 0) : 0);
}

/**
 * Keeps one in-memory tracker per campaign and pushes `campaigns:progress` (throttled) and
 * `campaigns:status` events, so the progress page follows events instead of polling.
 */
export class ProgressPublisher {
  private readonly trackers = new Map<number, ProgressTracker>();
  private readonly lastEmit = new Map<number, number>();
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();
  private readonly errors = new Map<number, { at: number; mark: string; split: ErrorSplit }>();
  private closed = false;
  private readonly variants: LedgerVariants;

  constructor(private readonly d: PublisherDeps) {
    this.variants = new LedgerVariants(d.ledger.db);
  }

  tracker(campaignId: number): ProgressTracker {
    return this.trackers.get(campaignId) ?? this.refresh(campaignId);
  }

  /** The figures the campaign list shows: the same counts as the progress page, one function. */
  figures(campaignId: number): CampaignFigures {
    return campaignFigures(this.tracker(campaignId).totals(), this.d.prices()[0]?.currency ?? null);
  }

  /** Re-counts a campaign from the ledger (after writes the tracker did not see). */
  refresh(campaignId: number): ProgressTracker {
    const priceOf = priceLookup(this.d.prices());
    const sent = this.variants.acceptedParts(campaignId).map((r) => ({
      variant: r.variant,
      parts: r.parts,
      cost: r.parts * priceOf(r.country),
    }));
    const tracker = new ProgressTracker(campaignId, this.variants.counts(campaignId), sent);
    this.trackers.set(campaignId, tracker);
    return tracker;
  }

  /** The progress of `campaign` with what the running sender knows. */
  build(campaign: Campaign, live: LiveFigures): CampaignProgress {
    const prices = this.d.prices();
    return this.tracker(campaign.id).snapshot({
      status: campaign.status,
      pauseReason: campaign.pauseReason,
      heldBy: live.heldBy,
      heldForQuietHours: live.heldForQuietHours,
      nextOpeningMs: live.nextOpeningMs,
      heldReleases: live.heldReleases,
      ...this.errorsOf(campaign.id, !live.running),
      waiting: live.waiting,
      // One primary-key read: the poller (here or in another Peaksend) keeps it in the database.
      pollFailure: readPollFailure(this.d.ledger.db, campaign.id),
      nominalRate: live.nominalRate,
      currency: prices[0]?.currency ?? null,
      now: this.d.now(),
    });
  }

  /** Something changed: a progress event goes out within 100 ms (coalesced). */
  changed(campaignId: number): void {
    if (this.closed || this.timers.has(campaignId)) return;
    const since = this.d.now() - (this.lastEmit.get(campaignId) ?? 0);
    const wait = Math.max(0, PROGRESS_INTERVAL_MS - since);
    this.timers.set(
      campaignId,
      setTimeout(() => {
        this.timers.delete(campaignId);
        this.progressNow(campaignId);
      }, wait),
    );
  }

  progressNow(campaignId: number): void {
    this.lastEmit.set(campaignId, this.d.now());
    this.d.emit('campaigns:progress', this.d.snapshot(campaignId));
  }

  status(c: Campaign): void {
    this.d.emit('campaigns:status', {
      campaignId: c.id,
      status: c.status,
      pauseReason: c.pauseReason,
      name: c.name,
    });
  }

  /** A status change, then the progress that goes with it. */
  statusChanged(c: Campaign): void {
    this.status(c);
    this.progressNow(c.id);
  }

  close(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.closed = true;
  }

  private errorsOf(campaignId: number, fresh: boolean): ErrorSplit {
    const cached = this.errors.get(campaignId);
    const now = this.d.now();
    const mark = this.errorMark(campaignId);
    const ttl = cached?.mark === mark ? QUIET_ERRORS_TTL_MS : ERRORS_TTL_MS;
    if (!fresh && cached && now - cached.at < ttl) return cached.split;
    const { failed, retrying } = this.d.ledger.errorSplit(campaignId);
    const split = { errors: failed, retrying };
    this.errors.set(campaignId, { at: now, mark, split });
    return split;
  }

  /** The campaign's counts in the states that can carry an error (changes when they move). */
  private errorMark(campaignId: number): string {
    const parts: string[] = [];
    for (const [state, n] of this.tracker(campaignId).totals().byState) {
      if (!CHURN.has(state) && n !== 0) parts.push(`${state}:${n}`);
    }
    return parts.sort().join(',');
  }
}
