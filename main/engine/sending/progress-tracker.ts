import type { LeaseHolder } from '../../../shared/campaigns/lease-holder';
import type { PauseReason } from '../../../shared/campaigns/pause-reason';
import type { PollFailure, SendWaiting } from '../../../shared/campaigns/send-obstacle';
import type { CampaignProgress, CampaignStatus } from '../../../shared/campaigns/campaign-types';
import {
  progressGroupOf,
  type LedgerState,
  type ProgressGroup,
} from '../../../shared/campaigns/ledger-state';

const WINDOW_MS = 5000;

/**
 * Counts per ledger state kept in memory (seeded from one GROUP BY) so progress can be pushed
 * ten times a second without scanning a 100k-row ledger each time.
 */
export class ProgressTracker {
  private readonly byState = new Map<LedgerState, number>();
  private partsSent = 0;
  private cost = 0;
  private samples: { at: number; messages: number; parts: number }[] = [];

  constructor(
    readonly campaignId: number,
    seed: Map<LedgerState, { n: number; parts: number }>,
    seedSent: { parts: number; cost: number },
  ) {
    for (const [state, { n }] of seed) this.byState.set(state, n);
    this.partsSent = seedSent.parts;
    this.cost = seedSent.cost;
  }

  move(from: LedgerState, to: LedgerState, count = 1): void {
    if (from === to) return;
    this.byState.set(from, (this.byState.get(from) ?? 0) - count);
    this.byState.set(to, (this.byState.get(to) ?? 0) + count);
  }

  /** Records accepted messages for throughput and cost. */
  sent(messages: number, parts: number, cost: number, at: number): void {
    this.partsSent += parts;
    this.cost += cost;
    this.samples.push({ at, messages, parts });
    this.trim(at);
  }

  count(state: LedgerState): number {
    return this.byState.get(state) ?? 0;
  }

  snapshot(args: {
    status: CampaignStatus;
    pauseReason: PauseReason | null;
    heldBy: LeaseHolder | null;
    heldForQuietHours: number;
    nextOpeningMs: number | null;
    errors: readonly { reason: string; count: number }[];
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
    const byGroup: Record<ProgressGroup, number> = {
      pending: 0,
      sending: 0,
      accepted: 0,
      delivered: 0,
      failed: 0,
      uncertain: 0,
      skipped: 0,
    };
    let total = 0;
    const byState: Partial<Record<LedgerState, number>> = {};
    for (const [state, n] of this.byState) {
      if (n === 0) continue;
      byState[state] = n;
      byGroup[progressGroupOf(state)] += n;
      total += n;
    }
    const open = byGroup.pending + byGroup.sending;
    const rate = mps > 0 ? mps : args.nominalRate;
    let eta: number | null = null;
    if (open === 0) eta = 0;
    else if (rate !== null && rate > 0) {
      const sendable = open - args.heldForQuietHours;
      eta = sendable / rate;
      if (args.heldForQuietHours > 0 && args.nextOpeningMs !== null) {
        eta = Math.max(eta, (args.nextOpeningMs - args.now) / 1000) + args.heldForQuietHours / rate;
      }
    }
    return {
      campaignId: this.campaignId,
      status: args.status,
      pauseReason: args.pauseReason,
      heldBy: args.heldBy,
      total,
      byState,
      byGroup,
      partsSent: this.partsSent,
      costSoFar: args.currency === null ? null : Math.round(this.cost * 10_000) / 10_000,
      currency: args.currency,
      messagesPerSecond: mps,
      partsPerSecond: span > 0 ? (parts * 1000) / span : 0,
      etaSeconds: eta === null ? null : Math.round(eta),
      heldForQuietHours: args.heldForQuietHours,
      quietHoursOpenAt: args.heldForQuietHours > 0 ? args.nextOpeningMs : null,
      errors: args.errors,
      waiting: args.waiting,
      pollFailure: args.pollFailure,
      at: args.now,
    };
  }

  private trim(now: number): void {
    while (this.samples.length > 0 && (this.samples[0]?.at ?? now) < now - WINDOW_MS)
      this.samples.shift();
  }
}
