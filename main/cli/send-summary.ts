import type { CampaignProgress } from '../../shared/campaigns/campaign-types';
import { undeliveredStates } from '../../shared/campaigns/ledger-state';

/** The one JSON object `send`, `resume`, `retry` and `uncertain --resend` print on stdout. */
export interface SendSummary {
  readonly campaignId: number;
  readonly recipients: number;
  /** CommPeak has them (accepted, delivered, or whatever the report said). */
  readonly accepted: number;
  readonly delivered: number;
  /** Delivery reports that say not delivered (undelivered, sent_failed, rejected, no_routes). */
  readonly undelivered: number;
  /** Refused by CommPeak or failed by delivery report. */
  readonly failed: number;
  readonly uncertain: number;
  readonly skipped: number;
  /** Accepted, but no final report within 72 h. */
  readonly noReport: number;
  readonly parts: number;
  /** Why rows did not go: error code → rows. */
  readonly errors: Readonly<Record<string, number>>;
  readonly durationMs: number;
}

export function summaryOf(
  p: CampaignProgress,
  errors: readonly { reason: string; count: number }[],
  durationMs: number,
): SendSummary {
  let undelivered = 0;
  for (const state of undeliveredStates) undelivered += p.byState[state] ?? 0;
  return {
    campaignId: p.campaignId,
    recipients: p.total,
    accepted: p.byGroup.accepted + p.byGroup.delivered,
    delivered: p.byState.delivered ?? 0,
    undelivered,
    failed: p.byGroup.failed,
    uncertain: p.byGroup.uncertain,
    skipped: p.byGroup.skipped,
    noReport: p.byState.no_report ?? 0,
    parts: p.partsSent,
    errors: Object.fromEntries(errors.map((e) => [e.reason, e.count])),
    durationMs,
  };
}
