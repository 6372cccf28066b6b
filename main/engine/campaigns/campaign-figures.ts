import {
  acceptedStates,
  progressGroupOf,
  type LedgerState,
} from '../../../shared/campaigns/ledger-state';
import type { CampaignFigures } from '../../../shared/campaigns/campaign-types';

/** A campaign's counts: rows per ledger state, and the parts and cost CommPeak accepted. */
export interface CampaignCounts {
  readonly byState: ReadonlyMap<LedgerState, number>;
  readonly partsSent: number;
  readonly cost: number;
}

/** Money as the pages show it: 4 decimals at most, null without a price table. */
export const roundCost = (cost: number, currency: string | null): number | null =>
  currency === null ? null : Math.round(cost * 10_000) / 10_000;

/**
 * The one function from a campaign's counts to the figures the list and the progress page
 * show, so the two cannot disagree: both read the same counts (the progress tracker's) through
 * it. Per-campaign counters can replace where the counts come from without touching this.
 */
export function campaignFigures(counts: CampaignCounts, currency: string | null): CampaignFigures {
  let recipients = 0;
  let accepted = 0;
  let delivered = 0;
  let failed = 0;
  let uncertain = 0;
  for (const [state, n] of counts.byState) {
    recipients += n;
    if (acceptedStates.has(state)) accepted += n;
    const group = progressGroupOf(state);
    if (group === 'delivered') delivered += n;
    else if (group === 'failed') failed += n;
    else if (group === 'uncertain') uncertain += n;
  }
  return {
    recipients,
    accepted,
    delivered,
    failed,
    uncertain,
    partsSent: counts.partsSent,
    cost: roundCost(counts.cost, currency),
  };
}
