import type { LeaseHolder } from '../../../shared/campaigns/lease-holder';
import type { PauseReason } from '../../../shared/campaigns/pause-reason';
import { estimateFinish, type Release } from '../../../shared/campaigns/estimate-finish';
import {
  isStalled,
  type PollFailure,
  type SendWaiting,
} from '../../../shared/campaigns/send-obstacle';
import type {
  CampaignProgress,
  CampaignStatus,
  VariantProgress,
} from '../../../shared/campaigns/campaign-types';
import {
  progressGroupOf,
  type LedgerState,
  type ProgressGroup,
} from '../../../shared/campaigns/ledger-state';
import { AWAITING_WINNER } from '../../../shared/campaigns/message-variants';
import { campaignFigures, roundCost, type CampaignCounts } from '../campaigns/campaign-figures';

const WINDOW_MS = 5000;

/** One variant's counts: rows per state, and the parts and cost CommPeak accepted. */
interface VariantCounts {
  readonly byState: Map<LedgerState, number>;
  parts: number;
  cost: number;
}

const emptyGroups = (): Record<ProgressGroup, number> => ({
  pending: 0,
  sending: 0,
  accepted: 0,
  delivered: 0,
  failed: 0,
  uncertain: 0,
  skipped: 0,
});

/** Variants in the order the page lists them: A…E, then the rows waiting for the winner. */
const order = (v: string) => (v === AWAITING_WINNER ? '~' : v);

/**
 * Counts per variant and ledger state kept in memory (seeded from one GROUP BY over an index)
 * so progress can be pushed ten times a second without scanning a 100k-row ledger each time.
 * The campaign's figures are the sums of its variants', so the two always add up.
 */
export class ProgressTracker {
  private readonly variants = new Map<string, VariantCounts>();
  private samples: { at: number; messages: number; parts: number }[] = [];

  constructor(
    readonly campaignId: number,
    seed: readonly { variant: string; state: LedgerState; n: number }[],
    seedSent: readonly { variant: string; parts: number; cost: number }[],
  ) {
    for (const { variant, state, n } of seed) this.of(variant).byState.set(state, n);
    for (const { variant, parts, cost } of seedSent) {
      const v = this.of(variant);
      v.parts += parts;
      v.cost += cost;
    }
  }

  /** `count` rows of `variant` went from one state to another. */
  move(variant: string, from: LedgerState, to: LedgerState, count = 1): void {
    if (from === to) return;
    const { byState } = this.of(variant);
    byState.set(from, (byState.get(from) ?? 0) - count);
    byState.set(to, (byState.get(to) ?? 0) + count);
  }

  /** CommPeak accepted a message of `variant`: its parts and cost count as sent. */
  accepted(variant: string, parts: number, cost: number): void {
    const v = this.of(variant);
    v.parts += parts;
    v.cost += cost;
  }

  /** Records accepted messages for the throughput. */
  sent(messages: number, parts: number, at: number): void {
    this.samples.push({ at, messages, parts });
    this.trim(at);
  }

  /** The campaign's counts over every variant (the list's figures come from these too). */
  totals(): CampaignCounts {
    const byState = new Map<LedgerState, number>();
    let partsSent = 0;
    let cost = 0;
    for (const v of this.variants.values()) {
      for (const [state, n] of v.byState) byState.set(state, (byState.get(state) ?? 0) + n);
      partsSent += v.parts;
      cost += v.cost;
    }
    return { byState, partsSent, cost };
  }

  /** Rows in `state`, over every variant. */
  count(state: LedgerState): number {
    let n = 0;
    for (const v of this.variants.values()) n += v.byState.get(state) ?? 0;
    return n;
  }

  snapshot(args: {
    status: CampaignStatus;
    pauseReason: PauseReason | null;
    heldBy: LeaseHolder | null;
    heldForQuietHours: number;
    nextOpeningMs: number | null;
    heldReleases: readonly Release[];
    errors: readonly { reason: string; count: number }[];
    retrying: readonly { reason: string; count: number }[];
    waiting: SendWaiting | null;
    pollFailure: PollFailure | null;
    /** Messages per second to assume before any were sent (the stream's rate limit). */
    nominalRate: number | null;
    /** Null when no price table covers the campaign. */
    currency: string | null;
    now: number;
  }): CampaignProgress {
    this.trim(args.now);
    const span =
      this.samples.length > 0 ? Math.max(1000, args.now - (this.samples[0]?.at ?? args.now)) : 0;
    const messages = this.samples.reduce((a, s) => a + s.messages, 0);
    const parts = this.samples.reduce((a, s) => a + s.parts, 0);
    const mps = span > 0 ? (messages * 1000) / span : 0;
    const money = (cost: number) => roundCost(cost, args.currency);

    const byGroup = emptyGroups();
    const byState: Partial<Record<LedgerState, number>> = {};
    const variants: VariantProgress[] = [];
    for (const key of [...this.variants.keys()].sort((a, b) => (order(a) < order(b) ? -1 : 1))) {
      const v = this.variants.get(key) as VariantCounts;
      const groups = emptyGroups();
      let rows = 0;
      for (const [state, n] of v.byState) {
        if (n === 0) continue;
        byState[state] = (byState[state] ?? 0) + n;
        groups[progressGroupOf(state)] += n;
        rows += n;
      }
      if (rows === 0 && v.parts === 0) continue;
      for (const g of Object.keys(groups) as ProgressGroup[]) byGroup[g] += groups[g];
      variants.push({
        variant: key,
        total: rows,
        byGroup: groups,
        partsSent: v.parts,
        costSoFar: money(v.cost),
      });
    }
    // Rows waiting for the winner are not sent before the user chooses: not in the ETA.
    const forWinner = variants.find((v) => v.variant === AWAITING_WINNER)?.byGroup.pending ?? 0;
    const open = byGroup.pending + byGroup.sending - forWinner;
    const rate = mps > 0 ? mps : args.nominalRate;
    // The held rows are released as their windows open (estimateFinish simulates it); while
    // an outage stalls the run there is no honest figure.
    let eta: number | null = null;
    if (open <= 0) eta = 0;
    else if (!isStalled(args.waiting, args.now)) {
      const finish = estimateFinish({
        now: args.now,
        sendableNow: open - args.heldForQuietHours,
        releases: args.heldReleases,
        rate,
      });
      eta = finish === null ? null : (finish - args.now) / 1000;
    }
    // The campaign-wide figures through the function the campaign list uses too.
    const figures = campaignFigures(this.totals(), args.currency);
    return {
      campaignId: this.campaignId,
      status: args.status,
      pauseReason: args.pauseReason,
      heldBy: args.heldBy,
      total: figures.recipients,
      byState,
      byGroup,
      partsSent: figures.partsSent,
      costSoFar: figures.cost,
      currency: args.currency,
      messagesPerSecond: mps,
      partsPerSecond: span > 0 ? (parts * 1000) / span : 0,
      etaSeconds: eta === null ? null : Math.round(eta),
      heldForQuietHours: args.heldForQuietHours,
      quietHoursOpenAt: args.heldForQuietHours > 0 ? args.nextOpeningMs : null,
      errors: args.errors,
      retrying: args.retrying,
      waiting: args.waiting,
      pollFailure: args.pollFailure,
      variants,
      at: args.now,
    };
  }

  private of(variant: string): VariantCounts {
    let v = this.variants.get(variant);
    if (!v) {
      v = { byState: new Map(), parts: 0, cost: 0 };
      this.variants.set(variant, v);
    }
    return v;
  }

  private trim(now: number): void {
    while (this.samples.length > 0 && (this.samples[0]?.at ?? now) < now - WINDOW_MS)
      this.samples.shift();
  }
}
