import type { LedgerState, ProgressGroup } from './ledger-state';
import type { LeaseHolder } from './lease-holder';
import type { MessageVariant, UtmSettings, VariantSplit } from './message-variants';
import type { PauseReason } from './pause-reason';
import type { PollFailure, SendWaiting } from './send-obstacle';

export const campaignStatuses = [
  'draft',
  'ready',
  'scheduled',
  'sending',
  'paused',
  'done',
  'canceled',
] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

/** Live figures for one campaign, pushed at most 10 times a second while it sends. */
export interface CampaignProgress {
  readonly campaignId: number;
  readonly status: CampaignStatus;
  readonly pauseReason: PauseReason | null;
  /** Another Peaksend (the app or the CLI) is sending this campaign now; null otherwise. */
  readonly heldBy: LeaseHolder | null;
  readonly total: number;
  readonly byState: Partial<Record<LedgerState, number>>;
  readonly byGroup: Record<ProgressGroup, number>;
  readonly partsSent: number;
  readonly costSoFar: number | null;
  readonly currency: string | null;
  /** Messages and parts per second over the last few seconds. */
  readonly messagesPerSecond: number;
  readonly partsPerSecond: number;
  /** Seconds until every pending row is sent, counting quiet-hour holds; null if unknown. */
  readonly etaSeconds: number | null;
  /** Rows waiting for their recipient's quiet hours to end. */
  readonly heldForQuietHours: number;
  /** When the earliest held recipient's window opens (epoch ms); null when none are held. */
  readonly quietHoursOpenAt: number | null;
  /** Recipients whose outcome carries an error, by reason (rows still to be tried are not). */
  readonly errors: readonly { readonly reason: string; readonly count: number }[];
  /** Rows that will be tried again, by the reason of their last attempt; not failures. */
  readonly retrying: readonly { readonly reason: string; readonly count: number }[];
  /**
   * What the running sender is waiting for (CommPeak unreachable, 503/429, quiet hours…);
   * null while messages are being handed over, and whenever the campaign is not running here.
   */
  readonly waiting: SendWaiting | null;
  /** The latest delivery-status query failed (403, 422, an unreadable reply); null once one works. */
  readonly pollFailure: PollFailure | null;
  /**
   * The same figures per variant ("A"…"E", and `AWAITING_WINNER` for the rows a test split holds
   * back), in that order; they add up to the campaign's. One entry for a single message.
   */
  readonly variants: readonly VariantProgress[];
  readonly at: number;
}

/** One variant's share of a campaign's progress. */
export interface VariantProgress {
  readonly variant: string;
  readonly total: number;
  readonly byGroup: Record<ProgressGroup, number>;
  readonly partsSent: number;
  readonly costSoFar: number | null;
}

/**
 * Who a campaign sends to: the union of its lists and segments, minus everyone in its excluded
 * lists and segments (and, always, the opt-out list), one message per phone number.
 */
export interface AudienceSources {
  readonly listIds: readonly number[];
  readonly segmentIds: readonly number[];
  readonly excludeListIds: readonly number[];
  readonly excludeSegmentIds: readonly number[];
}

/** A campaign as stored; drafts included. */
export interface Campaign extends AudienceSources {
  readonly id: number;
  readonly name: string;
  readonly status: CampaignStatus;
  readonly streamId: string | null;
  readonly sender: string;
  /** The first variant's text (the whole message of a campaign with one). */
  readonly template: string;
  /** Every message of the campaign, A first: one, or 2–5 variants. `variants[0].template` is `template`. */
  readonly variants: readonly MessageVariant[];
  /** How the audience is shared between the variants (unused with one). */
  readonly split: VariantSplit;
  /** Link tagging applied when the message is rendered. */
  readonly utm: UtmSettings;
  /** The variant chosen after a test split's test share ("B"); null until then. */
  readonly winner: string | null;
  /** Null when the opt-out footer is off. */
  readonly optOutFooter: string | null;
  /** ISO time to start at; null = send when the user presses Send. */
  readonly scheduleAt: string | null;
  readonly quietHours: boolean;
  readonly batchSize: number;
  readonly concurrency: number;
  readonly pauseReason: PauseReason | null;
  readonly draftStep: 'audience' | 'message' | 'review' | 'send';
  readonly archived: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
}

/** The figures both the campaign list and the progress page show (campaignFigures makes them). */
export interface CampaignFigures {
  readonly recipients: number;
  /** Every row CommPeak has (accepted, then whatever delivery said). */
  readonly accepted: number;
  readonly delivered: number;
  readonly failed: number;
  readonly uncertain: number;
  readonly partsSent: number;
  /** Null when no price table covers the campaign. */
  readonly cost: number | null;
}

/** A campaign with the figures the list shows. */
export interface CampaignSummary extends Campaign, CampaignFigures {
  readonly currency: string | null;
  /** Another Peaksend (the app or the CLI) is sending this campaign now; null otherwise. */
  readonly heldBy: LeaseHolder | null;
}

/** One recipient row of a campaign's results. */
export interface ResultRow {
  readonly seq: number;
  /** "A"…"E", or `AWAITING_WINNER` while a test split holds the row back. */
  readonly variant: string;
  readonly phone: string;
  readonly country: string | null;
  readonly fields: Readonly<Record<string, string>>;
  readonly text: string;
  readonly parts: number;
  readonly state: LedgerState;
  readonly messageUuid: string | null;
  readonly error: string | null;
  /** Our code for the error (`timeout`, `http_5xx`, CommPeak's own code…), for its wording. */
  readonly errorCode: string | null;
  readonly deliveryStatus: string | null;
  readonly submittedAt: string | null;
  readonly acceptedAt: string | null;
  readonly finalAt: string | null;
  /** The recipient's own time zone (from the number); null: the country's zones apply. */
  readonly zone: string | null;
  /** The number could be in zones with different clocks; the latest was chosen. */
  readonly zoneUncertain: boolean;
  /**
   * A row not yet sent that waits for quiet hours: when its window opens, as an ISO time and
   * as the recipient's own clock ("08:00"). Null when it is not held.
   */
  readonly heldUntil: { readonly at: string; readonly local: string } | null;
}

export interface ResultPage {
  readonly rows: readonly ResultRow[];
  readonly total: number;
}

/**
 * Recipients outside their sending window when the campaign starts (its quiet hours on), and
 * when their windows open, so the Review and the send confirmation can say who waits and until
 * when. Null when the campaign ignores quiet hours.
 */
export interface QuietHold {
  /** The moment the check was made for: now, or the scheduled start. */
  readonly startsAt: number;
  readonly held: number;
  readonly sendableNow: number;
  /** Held recipients by when their window opens (null: not within 8 days). */
  readonly releases: readonly { readonly at: number | null; readonly count: number }[];
  /** Held recipients whose number could be in zones with different clocks. */
  readonly zoneUncertain: number;
}

/** The pre-flight: the message rendered for every recipient, before sending. */
export interface PreflightReport {
  readonly recipients: number;
  readonly suppressed: number;
  readonly totalParts: number;
  /** parts → number of messages with that many parts. */
  readonly partsHistogram: Readonly<Record<string, number>>;
  readonly ucs2Rows: number;
  readonly ucs2Chars: readonly {
    readonly char: string;
    readonly codePoint: string;
    readonly count: number;
    readonly source: string;
  }[];
  /** Fields that push rows over a part boundary, with how many rows each. */
  readonly overBoundaryFields: readonly { readonly field: string; readonly rows: number }[];
  readonly emptyFields: readonly {
    readonly field: string;
    readonly rows: number;
    readonly coveredByFallback: number;
  }[];
  readonly cost: {
    readonly total: number;
    readonly currency: string | null;
    readonly byCountry: readonly {
      readonly country: string;
      readonly parts: number;
      readonly cost: number | null;
    }[];
    readonly missingCountries: readonly string[];
  };
  readonly compliance: readonly {
    readonly rule: string;
    readonly severity: 'error' | 'warning';
    readonly message: string;
  }[];
  readonly templateErrors: readonly string[];
  /**
   * The figures per variant, A first, for the recipients each one goes to (with a test split:
   * its test share). With the `rest` they add up to the campaign's.
   */
  readonly variants: readonly VariantPreflight[];
  /**
   * The recipients a test split holds back for the winner, with what they would cost under each
   * variant; null without a test split. The campaign's own figures count them with the longest
   * message each could get, so its total parts and cost are the most the campaign can cost.
   */
  readonly rest: {
    readonly recipients: number;
    readonly suppressed: number;
    readonly byVariant: readonly {
      readonly variant: string;
      readonly totalParts: number;
      readonly cost: number | null;
    }[];
  } | null;
  readonly quietHold: QuietHold | null;
  readonly durationMs: number;
}

/** One variant in the pre-flight. */
export interface VariantPreflight {
  readonly variant: string;
  readonly recipients: number;
  readonly suppressed: number;
  readonly totalParts: number;
  readonly maxParts: number;
  readonly ucs2Rows: number;
  /** Priced countries only (null without a price table), like the campaign's cost. */
  readonly cost: number | null;
  readonly templateErrors: readonly string[];
  /** Links tagged with UTM parameters, over all of this variant's messages. */
  readonly taggedLinks: number;
  /** Shortener hosts whose links could not be tagged. */
  readonly untaggedShorteners: readonly string[];
  /** The first recipient's message, as sent (tagged links included). */
  readonly sample: string | null;
}

export interface MessagePreview {
  /** The variant rendered (its position, 0 = A). */
  readonly variant: number;
  readonly index: number;
  readonly total: number;
  readonly phone: string;
  readonly text: string;
  readonly parts: number;
  readonly encoding: 'GSM-7' | 'UCS-2';
}
